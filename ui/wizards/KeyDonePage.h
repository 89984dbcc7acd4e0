// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace AltDist {

class CopyableId;
class FieldHint;
struct KeyDraft;

/// Create key, last page: the new key ID (copyable) and where the private key
/// went. When a generated private key is neither in the keychain nor in a
/// file, this says so, offers to save it to a file now, and Finish needs the
/// user to tick that they discard it.
class KeyDonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDonePage)

public:
    KeyDonePage(KeyDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    bool privateKeyIsNowhere() const;
    void describe();
    void saveNow();

    KeyDraft &m_draft;
    CopyableId *m_keyId;
    QLabel *m_where;
    FieldHint *m_warning;
    QPushButton *m_save;
    QCheckBox *m_discard;
    QLabel *m_discardNote = nullptr;
};

} // namespace AltDist
