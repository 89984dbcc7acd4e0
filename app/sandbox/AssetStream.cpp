// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetStream.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cstring>

namespace Sandbox {

AssetStream::AssetStream(quint32 seed, const QString &id, qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_size(qMax<qint64>(0, size))
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(QByteArray::number(seed) + ':' + id.toUtf8()), QCryptographicHash::Sha256);
    m_key = qFromLittleEndian<quint64>(digest.constData());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

quint64 AssetStream::word(quint64 index) const
{
    // SplitMix64's finaliser over a Weyl sequence: a well-mixed word for any index.
    quint64 z = m_key + (index + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

qint64 AssetStream::readData(char *data, qint64 maxSize)
{
    const qint64 start = pos();
    const qint64 count = qMin(maxSize, m_size - start);
    if (count <= 0)
        return 0;
    qint64 done = 0;
    while (done < count) {
        const qint64 offset = start + done;
        const int skip = int(offset % 8);
        const qint64 take = qMin<qint64>(8 - skip, count - done);
        const quint64 bytes = qToLittleEndian(word(quint64(offset / 8)));
        std::memcpy(data + done, reinterpret_cast<const char *>(&bytes) + skip, size_t(take));
        done += take;
    }
    return count;
}

} // namespace Sandbox
