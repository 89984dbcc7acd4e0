// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define ALTDIST_ISATTY _isatty
#define ALTDIST_FILENO _fileno
#else
#include <unistd.h>
#define ALTDIST_ISATTY isatty
#define ALTDIST_FILENO fileno
#endif

namespace AltDist::Cli::Terminal {

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

bool stdinIsTerminal() { return ALTDIST_ISATTY(ALTDIST_FILENO(stdin)) != 0; }
bool stdoutIsTerminal() { return ALTDIST_ISATTY(ALTDIST_FILENO(stdout)) != 0; }
bool stderrIsTerminal() { return ALTDIST_ISATTY(ALTDIST_FILENO(stderr)) != 0; }

void writeOut(const QString &text) { write(stdout, text); }
void writeErr(const QString &text) { write(stderr, text); }
void printLine(const QString &text) { write(stdout, text + QLatin1Char('\n')); }
void printError(const QString &text) { write(stderr, text + QLatin1Char('\n')); }

} // namespace AltDist::Cli::Terminal
