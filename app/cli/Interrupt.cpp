// SPDX-License-Identifier: GPL-3.0-or-later
#include "Interrupt.h"

#include <QPointer>

#include <csignal>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>
#endif

namespace AltDist::Cli {

namespace {
QPointer<Interrupt> g_instance;
#ifndef Q_OS_WIN
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; a full pipe only drops a redundant wake-up.
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#else
BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    if (Interrupt *instance = g_instance.data())
        QMetaObject::invokeMethod(instance, &Interrupt::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

Interrupt::Interrupt(QObject *parent) : QObject(parent)
{
    g_instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    if (g_pipe[0] < 0 && ::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[0], F_SETFL, ::fcntl(g_pipe[0], F_GETFL) | O_NONBLOCK);
        ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    }
    if (g_pipe[0] >= 0) {
        auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, &Interrupt::onNotified);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#endif
}

Interrupt::~Interrupt()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
}

void Interrupt::onNotified()
{
#ifndef Q_OS_WIN
    char buffer[16];
    while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
    }
#endif
    Q_EMIT interrupted();
}

} // namespace AltDist::Cli
