// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace AltDist {

class Clock;
class ValueText;

/// The selected resource in full: a title, then every attribute as a
/// label/value row (IDs, URLs and checksums in full, selectable, wrapped,
/// each with a one-click copy button) and, for signed URLs, a countdown to
/// `urlExpirationDate` that updates every second.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    /// Sets up `splitter` (list first, this panel second): the list gets two
    /// thirds of the width, as its columns need the room more.
    static void splitBesideList(QSplitter *splitter);

    /// The clock the countdown reads (not owned; null: the system clock).
    void setClock(const Clock *clock);

    /// Shows `resource`; an empty object shows the placeholder. `title` empty:
    /// one is derived from the attributes (ResourceFields::title). `note`, when
    /// given, is a sentence shown in full under the title (e.g. why a version
    /// cannot have a package, which a list cell can only show shortened).
    void setResource(const QJsonObject &resource, const QString &title = {}, const QString &note = {});
    void clear() { setResource({}); }
    QJsonObject resource() const { return m_resource; }
    QString title() const;
    QString note() const { return m_note; }

    /// The countdown's text ("expires in 59 min 12 s"); empty without expiry.
    QString countdownText() const;

public Q_SLOTS:
    /// Re-reads the clock (the timer calls this every second).
    void updateCountdown();

private:
    /// A field's name above its value: a small, semi-bold caption in the normal
    /// text colour (the disabled colour is too faint to read comfortably).
    static QLabel *caption(const QString &name, QWidget *parent);
    void addRow(QGridLayout *grid, int row, const QString &name, const QString &value, bool code);

    const Clock *m_clock = nullptr;
    QJsonObject m_resource;
    QString m_note;
    QDateTime m_expiry;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    ValueText *m_title = nullptr;
    QPointer<QLabel> m_countdown;
    QTimer *m_timer;
};

} // namespace AltDist
