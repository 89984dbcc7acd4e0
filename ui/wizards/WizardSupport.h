// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Apps.h"
#include "Result.h"

#include <QLabel>
#include <QList>

#include <functional>

class QLineEdit;

namespace AltDist {

class ApiClient;
class CopyButton;

/// The line under a field: a specific problem (in an error colour) or a note.
/// Hidden while empty.
class FieldHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldHint)

public:
    explicit FieldHint(QWidget *parent = nullptr);

    void setProblem(const QString &problem);
    void setNote(const QString &note);
    bool hasProblem() const { return m_problem; }

private:
    void display(const QString &text, bool problem);

    bool m_problem = false;
};

/// A read-only ID with the browser's CopyButton (and Ctrl+Shift+C).
class CopyableId final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableId)

public:
    /// `accessibleName` names the field, e.g. "Package ID".
    explicit CopyableId(const QString &accessibleName, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QLineEdit *field() const { return m_field; }
    CopyButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_field;
    CopyButton *m_copy;
};

/// A field with its hint right under it, for one QFormLayout row.
QWidget *fieldWithHint(QWidget *field, QWidget *hint, QWidget *parent);

/// Every app of the account (all pages), for pickers.
void loadAllApps(ApiClient *client, QObject *context, std::function<void(Result<QList<App>>)> done);

/// "Lumen Notes (eu.lumenlabs.notes)".
QString appLabel(const App &app);

} // namespace AltDist
