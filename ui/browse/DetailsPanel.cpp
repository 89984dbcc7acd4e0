// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsPanel.h"

#include "Clock.h"
#include "CopyButton.h"
#include "ResourceFields.h"
#include "ValueText.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace AltDist {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(tr("Select an item to see its details"), this)), m_scroll(new QScrollArea(this)),
      m_timer(new QTimer(this))
{
    setAccessibleName(tr("Details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DetailsPanel::updateCountdown);
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::splitBesideList(QSplitter *splitter)
{
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({660, 340}); // a ratio: QSplitter scales it to the width it gets
}

void DetailsPanel::setClock(const Clock *clock)
{
    m_clock = clock;
    updateCountdown();
}

QString DetailsPanel::title() const
{
    return m_title ? m_title->value() : QString();
}

QString DetailsPanel::countdownText() const
{
    return m_countdown ? m_countdown->text() : QString();
}

QLabel *DetailsPanel::caption(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(name, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    // Air above each field so name and value read as a pair.
    label->setContentsMargins(0, label->fontMetrics().height() / 2, 0, 0);
    return label;
}

void DetailsPanel::addRow(QGridLayout *grid, int row, const QString &name, const QString &value, bool code)
{
    // Name above value: a side panel is narrow, and long values need the width.
    const QString readable = ResourceFields::label(name);
    QLabel *label = caption(readable, grid->parentWidget());
    label->setToolTip(tr("API name: %1").arg(name));
    auto *text = new ValueText(value, code, grid->parentWidget());
    text->setAccessibleName(readable);
    label->setBuddy(text);
    grid->addWidget(label, 2 * row, 0, 1, 2);
    grid->addWidget(text, 2 * row + 1, 0);
    grid->addWidget(new CopyButton(readable, value, grid->parentWidget()), 2 * row + 1, 1, Qt::AlignTop);
}

void DetailsPanel::setResource(const QJsonObject &resource, const QString &title, const QString &note)
{
    m_resource = resource;
    m_note = resource.isEmpty() ? QString() : note;
    m_expiry = {};
    m_timer->stop();
    m_title = nullptr;
    if (resource.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
        delete m_scroll->takeWidget();
        return;
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    // A ValueText, not a QLabel: titles such as "Delta <uuid>" must wrap
    // anywhere (no line break is allowed between a hyphen and a digit).
    m_title = new ValueText(title.isEmpty() ? ResourceFields::title(resource) : title, false, content);
    m_title->setAccessibleName(tr("Title"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    layout->addWidget(m_title);
    if (!m_note.isEmpty()) {
        auto *noteLabel = new QLabel(m_note, content);
        noteLabel->setObjectName(QStringLiteral("detailsNote"));
        noteLabel->setWordWrap(true);
        noteLabel->setTextFormat(Qt::PlainText);
        noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(noteLabel);
    }

    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(2);
    int row = 0;
    const QList<ResourceFields::Field> fields = ResourceFields::flatten(resource);
    for (const ResourceFields::Field &field : fields) {
        addRow(grid, row++, field.name, field.value, field.code);
        if (field.name == ResourceFields::expiryField()) {
            m_expiry = QDateTime::fromString(field.value, Qt::ISODateWithMs);
            QLabel *label = caption(tr("URL expiry"), content);
            m_countdown = new QLabel(content);
            m_countdown->setObjectName(QStringLiteral("expiryCountdown"));
            m_countdown->setAccessibleName(tr("URL expiry"));
            m_countdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(label, 2 * row, 0, 1, 2);
            grid->addWidget(m_countdown, 2 * row + 1, 0, 1, 2);
            ++row;
        }
    }
    layout->addLayout(grid);
    layout->addStretch(1);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    m_stack->setCurrentWidget(m_scroll);
    if (m_expiry.isValid())
        m_timer->start();
    updateCountdown();
}

void DetailsPanel::updateCountdown()
{
    if (!m_countdown)
        return;
    const QDateTime now = (m_clock ? *m_clock : Clock::system()).now();
    const bool expired = m_expiry.isValid() && now >= m_expiry;
    m_countdown->setText(ResourceFields::describeExpiry(m_expiry, now));
    // Expired: the URL no longer works; say so in the error colour.
    QPalette p = palette();
    if (expired)
        p.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_countdown->setPalette(p);
}

} // namespace AltDist
