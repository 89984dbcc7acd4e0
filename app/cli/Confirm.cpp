// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirm.h"

#include "Invocation.h"
#include "Terminal.h"

#include <QTimer>

#include <cstdio>
#include <memory>

#ifndef Q_OS_WIN
#include <QSocketNotifier>

#include <unistd.h>
#endif

namespace AltDist::Cli {

namespace {
void answerLater(QObject *context, std::function<void(Confirm::Answer)> done, Confirm::Answer answer)
{
    QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
}
} // namespace

bool Confirm::ensurePossible(Invocation &inv)
{
    if (inv.assumeYes() || Terminal::stdinIsTerminal())
        return true;
    inv.usageError(tr("Refusing to delete without confirmation: stdin is not a terminal. "
                      "Pass --yes to delete without being asked."));
    return false;
}

void Confirm::thenProceed(Invocation &inv, const QString &question, std::function<void()> proceed)
{
    ask(question, inv.assumeYes(), &inv, [&inv, proceed = std::move(proceed)](Answer answer) {
        switch (answer) {
        case Answer::Yes:
            return proceed();
        case Answer::No:
            Terminal::printError(tr("Nothing was deleted."));
            return inv.finish(ExitCancelled);
        case Answer::NotInteractive:
            ensurePossible(inv);
            return;
        }
    });
}

bool Confirm::isYes(const QString &reply)
{
    const QString r = reply.trimmed().toLower();
    return r == QLatin1String("y") || r == QLatin1String("yes") || r == tr("y") || r == tr("yes");
}

void Confirm::ask(const QString &question, bool assumeYes, QObject *context, std::function<void(Answer)> done)
{
    if (assumeYes)
        return answerLater(context, std::move(done), Answer::Yes);
    if (!Terminal::stdinIsTerminal())
        return answerLater(context, std::move(done), Answer::NotInteractive);
    Terminal::writeErr(question + QLatin1Char(' ') + tr("[y/N]") + QLatin1Char(' '));
#ifdef Q_OS_WIN
    // No socket notifier for console handles: the user is being asked, nothing else runs meanwhile.
    char line[256] = {};
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    answerLater(context, std::move(done), got && isYes(QString::fromLocal8Bit(line)) ? Answer::Yes : Answer::No);
#else
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, context);
    auto reply = std::make_shared<QByteArray>();
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, reply, done = std::move(done)] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            reply->append(buffer, qsizetype(n));
        if (n > 0 && !reply->contains('\n'))
            return; // the line is not complete yet
        notifier->setEnabled(false);
        notifier->deleteLater();
        if (n <= 0)
            Terminal::writeErr(QStringLiteral("\n")); // end of input: the answer is no
        done(n > 0 && isYes(QString::fromLocal8Bit(*reply)) ? Answer::Yes : Answer::No);
    });
#endif
}

} // namespace AltDist::Cli
