// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageZipReader.h"

#include <QFile>

#include <zip.h>

#include <memory>

namespace AltDist {

namespace {

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); } // read-only: nothing to write back
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

Error zipError(const QString &detail)
{
    return {Error::Kind::Protocol, PackageZipReader::tr("The package zip cannot be used: %1").arg(detail)};
}

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

Result<QByteArray> readEntry(zip_t *archive, zip_uint64_t index, const QString &name, qint64 maxSize)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return zipError(PackageZipReader::tr("the size of %1 is unknown.").arg(name));
    if (stat.size > zip_uint64_t(maxSize)) {
        return zipError(PackageZipReader::tr("%1 is %2 bytes, more than the %3 allowed.")
                            .arg(name)
                            .arg(stat.size)
                            .arg(maxSize));
    }
    const ZipFilePtr file(zip_fopen_index(archive, index, 0));
    if (!file)
        return zipError(PackageZipReader::tr("%1 cannot be opened: %2").arg(name, QString::fromUtf8(zip_strerror(archive))));
    // One byte more than declared: a directory that lies about the size is caught here.
    QByteArray bytes(qsizetype(stat.size) + 1, Qt::Uninitialized);
    qint64 total = 0;
    while (total < bytes.size()) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + total, zip_uint64_t(bytes.size() - total));
        if (n < 0)
            return zipError(PackageZipReader::tr("%1 cannot be read (damaged archive).").arg(name));
        if (n == 0)
            break;
        total += n;
    }
    if (total != qint64(stat.size))
        return zipError(PackageZipReader::tr("%1 is not the size the archive declares.").arg(name));
    bytes.truncate(qsizetype(total));
    return bytes;
}

} // namespace

bool PackageZipReader::escapes(const QString &name)
{
    if (name.isEmpty())
        return false; // an unnamed entry names nothing to extract
    QString normalized = name;
    normalized.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (normalized.startsWith(QLatin1Char('/')))
        return true;
    if (normalized.size() >= 2 && normalized.at(1) == QLatin1Char(':'))
        return true; // "C:..." on Windows
    const QStringList segments = normalized.split(QLatin1Char('/'));
    return segments.contains(QStringLiteral(".."));
}

Result<QHash<QString, QByteArray>> PackageZipReader::read(const QString &zipPath, const QStringList &names,
                                                          qint64 maxEntrySize)
{
    int code = 0;
    const ZipPtr archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code));
    if (!archive)
        return zipError(libzipMessage(code));
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > kMaxEntries)
        return zipError(tr("it has %1 entries, more than the %2 allowed.").arg(count).arg(kMaxEntries));

    QHash<QString, zip_uint64_t> found;
    for (zip_uint64_t i = 0; i < zip_uint64_t(count); ++i) {
        const char *raw = zip_get_name(archive.get(), i, ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (escapes(name))
            return zipError(tr("the entry \"%1\" points outside the folder it would be extracted into.").arg(name.left(200)));
        if (names.contains(name)) {
            if (found.contains(name))
                return zipError(tr("it holds %1 twice.").arg(name));
            found.insert(name, i);
        }
    }

    QHash<QString, QByteArray> files;
    for (const QString &name : names) {
        if (!found.contains(name))
            return zipError(tr("it has no %1.").arg(name));
        Result<QByteArray> bytes = readEntry(archive.get(), found.value(name), name, maxEntrySize);
        if (!bytes.ok())
            return bytes.error();
        files.insert(name, std::move(bytes).value());
    }
    return files;
}

} // namespace AltDist
