// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace AltDist {

class Error;

/// What sits in a list's error row: the error (message and every API
/// error's title and detail) and a Retry button.
class StatusRowWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusRowWidget)

public:
    explicit StatusRowWidget(QWidget *parent = nullptr);

    void setError(const Error &error);
    void setText(const QString &text);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace AltDist
