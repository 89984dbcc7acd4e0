// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace AltDist {

/// "<target>.part": the bytes received so far and their running hash. The
/// target name itself is only ever written by commit(), atomically.
class PartFile final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::PartFile)
public:
    PartFile(QString targetPath, QCryptographicHash::Algorithm algorithm);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    QString targetPath() const { return m_targetPath; }
    QString partPath() const { return m_targetPath + QLatin1String(".part"); }

    /// Creates the directory if needed, opens (or creates) the .part file.
    /// Existing content must then be re-hashed with rehashStep() before appending.
    Status open();
    /// Hashes up to `chunk` more bytes of what an earlier run left. True when all is hashed.
    Result<bool> rehashStep(qint64 chunk);
    /// Bytes in the file that are hashed: where a resumed download continues.
    qint64 size() const { return m_size; }

    Status append(const char *data, qint64 length);
    /// Empties the file and the hash (the server sent the whole file again).
    Status restart();
    /// Hex digest of everything appended/re-hashed.
    QByteArray digestHex() const;

    /// Closes and renames over the target (replacing an existing file atomically).
    Status commit();
    /// Closes and deletes the .part.
    void discard();
    void close();

private:
    Error ioError(const QString &what) const;

    QString m_targetPath;
    QFile m_file;
    QCryptographicHash m_hash;
    qint64 m_size = 0;
};

} // namespace AltDist
