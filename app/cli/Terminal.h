// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AltDist::Cli::Terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();

/// Writes UTF-8 text unchanged (no newline added) and flushes.
void writeOut(const QString &text);
void writeErr(const QString &text);

/// writeOut/writeErr plus a trailing newline.
void printLine(const QString &text);
void printError(const QString &text);

} // namespace AltDist::Cli::Terminal
