// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSupport.h"

#include "CopyButton.h"
#include "DeliverLater.h"
#include "Page.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace AltDist {

FieldHint::FieldHint(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldHint::setProblem(const QString &problem)
{
    display(problem, true);
}

void FieldHint::setNote(const QString &note)
{
    display(note, false);
}

void FieldHint::display(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();
    // A red that stays readable on light and dark palettes; notes use the normal text colour.
    setStyleSheet(m_problem ? QStringLiteral("color: #d0312d;") : QString());
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

CopyableId::CopyableId(const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_copy(new CopyButton(accessibleName, {}, this))
{
    m_field->setReadOnly(true);
    m_field->setAccessibleName(accessibleName);
    m_copy->setObjectName(QStringLiteral("copyIdButton"));
    m_copy->setToolTip(tr("Copy %1 (Ctrl+Shift+C)").arg(accessibleName));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_copy, &QToolButton::click);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_copy);
}

void CopyableId::setText(const QString &text)
{
    m_field->setText(text);
    m_field->setCursorPosition(0);
    m_copy->setValue(text);
}

QString CopyableId::text() const
{
    return m_field->text();
}

QWidget *fieldWithHint(QWidget *field, QWidget *hint, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setFocusProxy(field); // the row label's mnemonic reaches the field
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}

void loadAllApps(ApiClient *client, QObject *context, std::function<void(Result<QList<App>>)> done)
{
    if (!client) {
        deliverLater<Result<QList<App>>>(
            context, std::move(done),
            Error(Error::Kind::Network, QCoreApplication::translate("AltDist::Wizards", "Not connected.")));
        return;
    }
    collectAllPages<App>(client, AppsApi(client).list(Resources::kMaxLimit), context, std::move(done));
}

QString appLabel(const App &app)
{
    if (app.bundleId.isEmpty())
        return app.name;
    return QCoreApplication::translate("AltDist::Wizards", "%1 (%2)").arg(app.name, app.bundleId);
}

} // namespace AltDist
