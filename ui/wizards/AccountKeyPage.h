// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace AltDist {

class FieldHint;
struct AccountDraft;

/// Add account, page 1: the .p8 key file, typed, chosen ("Choose…") or
/// dropped onto the page. Loaded with ApiKey::fromFile as the path changes;
/// a bad file gets ApiKey's specific message and keeps Next disabled.
class AccountKeyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountKeyPage)

public:
    AccountKeyPage(AccountDraft &draft, QWidget *parent = nullptr);

    bool isComplete() const override;
    /// Sets the path field (as a drop or the file dialog does).
    void setKeyFile(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void load(const QString &path);
    void chooseFile();

    AccountDraft &m_draft;
    QLineEdit *m_path;
    FieldHint *m_hint;
};

} // namespace AltDist
