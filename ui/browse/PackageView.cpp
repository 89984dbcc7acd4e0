// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageView.h"

#include "CopyButton.h"
#include "ListPane.h"
#include "Packages.h"
#include "ValueText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QStyle>
#include <QVBoxLayout>

namespace AltDist {

namespace {
/// "SHA_256" (the API's enum) -> "SHA-256", as people write it.
QString algorithmName(QString algorithm)
{
    return algorithm.replace(QLatin1Char('_'), QLatin1Char('-'));
}
} // namespace

PackageView::PackageView(QWidget *parent)
    : QWidget(parent), m_header(new QStackedWidget(this)), m_status(new QLabel(this)), m_details(new QWidget(this)),
      m_form(new QFormLayout(m_details)), m_none(new QWidget(this)), m_noneText(new QLabel(m_none)),
      m_create(new QPushButton(tr("Create package…"), m_none)), m_versions(new ListPane(this))
{
    m_status->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_noneText->setWordWrap(true);
    m_noneText->setObjectName(QStringLiteral("noPackageText"));
    m_create->setIcon(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    connect(m_create, &QPushButton::clicked, this, &PackageView::createPackageRequested);
    auto *noneLayout = new QHBoxLayout(m_none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noneLayout->addWidget(m_noneText, 1);
    noneLayout->addWidget(m_create, 0, Qt::AlignTop);

    m_header->addWidget(m_status);
    m_header->addWidget(m_details);
    m_header->addWidget(m_none);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_versions->setEmptyText(tr("This package has no versions yet."));
    m_versions->view()->setAccessibleName(tr("Package versions"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_versions, 1);
    setFocusProxy(m_versions);
    showLoading();
}

QString PackageView::headerText() const
{
    if (m_header->currentWidget() == m_status)
        return m_status->text();
    if (m_header->currentWidget() == m_none)
        return m_noneText->text();
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        auto *value = field ? field->findChild<ValueText *>() : nullptr;
        if (label && value)
            lines << label->text() + QLatin1Char(' ') + value->value();
    }
    return lines.join(QLatin1Char('\n'));
}

void PackageView::showLoading()
{
    m_package = {};
    m_status->setText(tr("Looking up the package…"));
    m_header->setCurrentWidget(m_status);
    m_versions->setModel(nullptr);
    m_versions->hide();
}

void PackageView::showFailed()
{
    m_package = {};
    m_status->setText(tr("The package could not be looked up."));
    m_header->setCurrentWidget(m_status);
    m_versions->setModel(nullptr);
    m_versions->hide();
}

void PackageView::setHeaderRows(const QList<QPair<QString, QString>> &rows)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const auto &[name, value] : rows) {
        auto *field = new QWidget(m_details);
        auto *fieldLayout = new QHBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        auto *text = new ValueText(value, true, field);
        text->setAccessibleName(name);
        fieldLayout->addWidget(text, 1);
        fieldLayout->addWidget(new CopyButton(name, value, field), 0, Qt::AlignTop);
        m_form->addRow(name, field);
    }
}

void PackageView::showPackage(const Package &package)
{
    m_package = package.json;
    QList<QPair<QString, QString>> rows{{tr("Package ID"), package.id}};
    const SourceFileChecksum &sum = package.sourceFileChecksum;
    if (!sum.fileHash.isEmpty())
        rows.append({tr("Source checksum (%1)").arg(algorithmName(sum.fileAlgorithm)), sum.fileHash});
    if (!sum.compositeHash.isEmpty())
        rows.append({tr("Composite checksum (%1)").arg(algorithmName(sum.compositeAlgorithm)), sum.compositeHash});
    setHeaderRows(rows);
    m_header->setCurrentWidget(m_details);
    m_versions->show();
}

void PackageView::showNoPackage(const AppStoreVersion::Eligibility &eligibility)
{
    m_package = {};
    m_noneText->setText(eligibility.eligible
                            ? tr("No package yet. Create one to distribute this version outside the App Store.")
                            : tr("No package yet. A package cannot be created for this version: %1")
                                  .arg(eligibility.reason));
    m_create->setEnabled(eligibility.eligible);
    m_header->setCurrentWidget(m_none);
    m_versions->setModel(nullptr);
    m_versions->hide();
}

} // namespace AltDist
