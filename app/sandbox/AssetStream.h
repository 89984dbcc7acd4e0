// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bytes of a generated variant or delta as a read-only, seekable device:
// word i of the file is a 64-bit mix of (key, i), the key derived from the
// store's seed and the resource id (counter mode). Any offset is produced
// without generating what comes before it, and nothing is held in memory, so
// a file of any size costs the same to serve.

#include <QIODevice>
#include <QString>

namespace Sandbox {

class AssetStream final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetStream)
public:
    /// Opened read-only at offset 0.
    AssetStream(quint32 seed, const QString &id, qint64 size, QObject *parent = nullptr);

    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    quint64 word(quint64 index) const;

    quint64 m_key;
    qint64 m_size;
};

} // namespace Sandbox
