// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartFile.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace AltDist {

namespace {

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

PartFile::PartFile(QString targetPath, QCryptographicHash::Algorithm algorithm)
    : m_targetPath(std::move(targetPath))
    , m_hash(algorithm)
{
}

PartFile::~PartFile()
{
    close();
}

Error PartFile::ioError(const QString &what) const
{
    return {Error::Kind::Io, tr("%1 (%2): %3").arg(what, QDir::toNativeSeparators(partPath()), m_file.errorString())};
}

Status PartFile::open()
{
    const QString dir = QFileInfo(m_targetPath).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{Error::Kind::Io, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite))
        return ioError(tr("Could not open the partial download"));
    m_hash.reset();
    m_size = 0;
    return {};
}

Result<bool> PartFile::rehashStep(qint64 chunk)
{
    const qint64 total = m_file.size();
    if (m_size >= total) {
        if (!m_file.seek(m_size))
            return ioError(tr("Could not read the partial download"));
        return true;
    }
    if (!m_file.seek(m_size))
        return ioError(tr("Could not read the partial download"));
    const QByteArray data = m_file.read(qMin(chunk, total - m_size));
    if (data.isEmpty())
        return ioError(tr("Could not read the partial download"));
    m_hash.addData(data);
    m_size += data.size();
    return false;
}

Status PartFile::append(const char *data, qint64 length)
{
    if (m_file.write(data, length) != length)
        return ioError(tr("Could not write the download"));
    m_hash.addData(QByteArrayView(data, length));
    m_size += length;
    return {};
}

Status PartFile::restart()
{
    if (!m_file.resize(0) || !m_file.seek(0))
        return ioError(tr("Could not empty the partial download"));
    m_hash.reset();
    m_size = 0;
    return {};
}

QByteArray PartFile::digestHex() const
{
    return m_hash.result().toHex();
}

Status PartFile::commit()
{
    if (!m_file.flush())
        return ioError(tr("Could not write the download"));
#ifdef Q_OS_UNIX
    // On disk before it gets the final name: after a crash or power loss the
    // verified name must not hold a file whose data never reached the disk.
    if (::fsync(m_file.handle()) != 0)
        return ioError(tr("Could not write the download"));
#endif
    close();
    // rename(2) replaces an existing target atomically: no moment without a
    // complete file under the final name, never a partial one.
    std::error_code error;
    std::filesystem::rename(nativePath(partPath()), nativePath(m_targetPath), error);
    if (error)
        return Error{Error::Kind::Io, tr("Could not move the download into place as %1: %2")
                                          .arg(QDir::toNativeSeparators(m_targetPath),
                                               QString::fromLocal8Bit(error.message().c_str()))};
    return {};
}

void PartFile::discard()
{
    close();
    QFile::remove(partPath());
}

void PartFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace AltDist
