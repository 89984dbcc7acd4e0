// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace AltDist {

/// Shows an error where the user acted: the message, then every API error of
/// the response with its title, detail, code and source pointer/parameter.
/// Hidden until setError(); the text is selectable so it can be copied.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows `error` (and the banner). A cancelled operation clears instead.
    void setError(const Error &error);
    /// Shows a plain message (no API errors), e.g. a local validation problem.
    void setMessage(const QString &message);
    /// Hides the banner and forgets the error.
    void clear();
    bool hasError() const { return m_hasError; }
    /// The text shown, for tests and accessibility.
    QString text() const;

    /// Shows a Retry button that emits retryRequested().
    void setRetryVisible(bool visible);

    /// Rich-text-free, multi-line description of every API error (one per line).
    static QString describeApiErrors(const Error &error);
    /// The error's message, then describeApiErrors() on the following lines.
    static QString describe(const Error &error);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
    bool m_hasError = false;
};

} // namespace AltDist
