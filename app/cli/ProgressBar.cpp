// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressBar.h"

#include "Terminal.h"

#include <algorithm>


namespace AltDist::Cli {

namespace {
constexpr qint64 kRedrawIntervalMs = 100; // ~10 redraws a second
constexpr int kBarWidth = 24;

QString formatDuration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ProgressBar::ProgressBar(QString label, bool interactive) : m_label(std::move(label)), m_interactive(interactive)
{
    m_clock.start();
}

QString ProgressBar::formatMegabytes(qint64 bytes)
{
    return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString ProgressBar::formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return formatMegabytes(bytes);
}

QString ProgressBar::formatLine(const QString &label, qint64 received, qint64 total, double bytesPerSecond)
{
    const QString speedText = tr("%1/s").arg(formatMegabytes(qint64(bytesPerSecond)));
    if (total <= 0)
        return tr("%1 %2 %3").arg(label, formatMegabytes(received), speedText);
    const double fraction = std::min(1.0, double(received) / double(total));
    const int filled = int(fraction * kBarWidth);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('-'));
    const QString eta = bytesPerSecond > 0
                            ? formatDuration(qint64(double(total - received) / bytesPerSecond + 0.5))
                            : QStringLiteral("--:--");
    return tr("%1 [%2] %3% %4 / %5 %6 ETA %7")
        .arg(label, bar)
        .arg(int(fraction * 100.0), 3)
        .arg(formatMegabytes(received), formatMegabytes(total), speedText, eta);
}

double ProgressBar::speed(qint64 received) const
{
    const qint64 ms = m_clock.elapsed();
    if (ms <= 0 || m_firstReceived < 0)
        return 0.0;
    return double(received - m_firstReceived) * 1000.0 / double(ms);
}

void ProgressBar::update(qint64 received, qint64 total)
{
    if (m_firstReceived < 0) {
        m_firstReceived = received; // a resumed download starts above zero
        m_clock.restart();
    }
    if (!m_interactive)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_lastDrawMs >= 0 && now - m_lastDrawMs < kRedrawIntervalMs)
        return;
    m_lastDrawMs = now;
    draw(formatLine(m_label, received, total, speed(received)));
}

void ProgressBar::draw(const QString &line)
{
    const int width = int(line.size());
    const QString padding(std::max(0, m_lastWidth - width), QLatin1Char(' '));
    m_lastWidth = width;
    Terminal::writeErr(QLatin1Char('\r') + line + padding);
}

void ProgressBar::finish(qint64 received)
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    // Under a tenth of a second the rate is noise (or a division by ~0).
    const QString summary = seconds < 0.1
        ? tr("%1: %2").arg(m_label, formatSize(received))
        : tr("%1: %2 in %3 s (%4/s)")
              .arg(m_label, formatSize(received))
              .arg(seconds, 0, 'f', 1)
              .arg(formatSize(qint64(speed(received))));
    if (m_interactive)
        draw(summary);
    else
        Terminal::writeErr(summary);
    Terminal::writeErr(QStringLiteral("\n"));
    m_lastWidth = 0;
}

void ProgressBar::abandon()
{
    if (m_interactive && m_lastWidth > 0)
        Terminal::writeErr(QLatin1Char('\r') + QString(m_lastWidth, QLatin1Char(' ')) + QLatin1Char('\r'));
    m_lastWidth = 0;
}

} // namespace AltDist::Cli
