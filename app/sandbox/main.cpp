// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-sandbox: a local App Store Connect stand-in on loopback.
#include "Faults.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <memory>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("altdist-sandbox", text);
}

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

/// Ctrl+C and SIGTERM quit the event loop (self-pipe: nothing unsafe in the handler).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
/// Ctrl+C ends the process; there is no state worth saving.
void quitOnSignals(QCoreApplication &) {}
#endif

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    ::exit(2);
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        die(tr("Invalid value for --%1: %2").arg(name, parser.value(name)));
    return value;
}

QString writeKeyFile(const QString &dir, const Sandbox::SandboxCredentials &credentials)
{
    const QString path = QDir(dir).filePath(QStringLiteral("AuthKey_%1.p8").arg(credentials.keyId));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(credentials.privateKeyPem) != credentials.privateKeyPem.size())
        die(tr("Cannot write the key file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void writeEnvFile(const QString &path, const QString &baseUrl, const Sandbox::SandboxCredentials &credentials,
                  const QString &keyFile)
{
    const auto quoted = [](const QString &value) -> QString {
        return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        die(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text = QStringLiteral("export ALTDIST_BASE_URL=%1\nexport ALTDIST_ISSUER_ID=%2\n"
                                        "export ALTDIST_KEY_ID=%3\nexport ALTDIST_KEY_FILE=%4\n")
                             .arg(quoted(baseUrl), quoted(credentials.issuerId), quoted(credentials.keyId),
                                  quoted(keyFile));
    file.write(text.toUtf8());
    if (!file.commit())
        die(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("altdist-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A local, stateful stand-in for App Store Connect on loopback."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("Port to listen on (0: any free port)."), tr("N"), QStringLiteral("0")},
        {QStringLiteral("rate-limit"), tr("Requests per key per rolling hour."), tr("N"), QStringLiteral("3600")},
        {QStringLiteral("generated-domains"), tr("Extra generated domains, for paging."), tr("N"), QStringLiteral("0")},
        {QStringLiteral("url-lifetime"), tr("Lifetime of signed download URLs."), tr("SECONDS"), QStringLiteral("3600")},
        {QStringLiteral("seed"), tr("Seed for fault probabilities and generated ids."), tr("N"), QStringLiteral("1")},
        {QStringLiteral("fault"), tr("Inject a fault, e.g. \"reset:path=/sandbox-downloads,after=65536\", "
                                     "\"5xx:rate=0.1,count=-1\", \"429:count=3\". Repeatable."), tr("SPEC")},
        {QStringLiteral("latency"), tr("Delay every response by MS milliseconds."), tr("MS")},
        {QStringLiteral("large-asset-mib"), tr("Make both variants of Trailhead Maps 5.1.0 (package version 1) "
                                               "N MiB each, generated as they are read."),
         tr("N"), QStringLiteral("0")},
        {QStringLiteral("key-dir"), tr("Directory for AuthKey_<KEYID>.p8 (default: a new temporary directory)."),
         tr("DIR")},
        {QStringLiteral("env-file"), tr("Also write the ALTDIST_* variables altdist-cli reads (base URL, issuer ID, "
                                        "key ID, key file) to FILE, for `source FILE` in a shell."),
         tr("FILE")},
    });
    parser.process(app);

    Sandbox::SandboxOptions options;
    options.port = static_cast<quint16>(qMin(intOption(parser, QStringLiteral("port"), 0), 65535));
    options.hourlyRateLimit = intOption(parser, QStringLiteral("rate-limit"), 0);
    options.generatedDomains = intOption(parser, QStringLiteral("generated-domains"), 0);
    options.signedUrlLifetimeSeconds = intOption(parser, QStringLiteral("url-lifetime"), 1);
    options.seed = static_cast<quint32>(intOption(parser, QStringLiteral("seed"), 0));
    options.largeAssetBytes = qint64(intOption(parser, QStringLiteral("large-asset-mib"), 0)) * 1024 * 1024;

    Sandbox::SandboxServer server(options);
    const QStringList faultSpecs = parser.values(QStringLiteral("fault"));
    for (const QString &spec : faultSpecs) {
        QString error;
        const std::optional<Sandbox::Fault> fault = Sandbox::Fault::parse(spec, &error);
        if (!fault)
            die(tr("Invalid --fault \"%1\": %2").arg(spec, error));
        server.addFault(*fault);
    }
    if (parser.isSet(QStringLiteral("latency"))) {
        Sandbox::Fault latency;
        latency.kind = Sandbox::Fault::Kind::Latency;
        latency.count = -1;
        latency.delayMs = intOption(parser, QStringLiteral("latency"), 0);
        server.addFault(latency);
    }

    QString error;
    if (!server.start(&error))
        die(error);

    std::unique_ptr<QTemporaryDir> tempDir;
    QString keyDir = parser.value(QStringLiteral("key-dir"));
    if (keyDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid())
            die(tr("Cannot create a temporary directory: %1").arg(tempDir->errorString()));
        keyDir = tempDir->path();
    } else if (!QDir().mkpath(keyDir)) {
        die(tr("Cannot create the key directory %1").arg(keyDir));
    }
    const Sandbox::SandboxCredentials credentials = server.credentials();
    const QString keyFile = writeKeyFile(keyDir, credentials);
    const QString baseUrl = server.baseUrl().toString();

    if (parser.isSet(QStringLiteral("env-file")))
        writeEnvFile(parser.value(QStringLiteral("env-file")), baseUrl, credentials, keyFile);

    QTextStream out(stdout);
    out << tr("App Store Connect sandbox listening on %1").arg(baseUrl) << '\n'
        << tr("Issuer ID: %1").arg(credentials.issuerId) << '\n'
        << tr("Key ID:    %1").arg(credentials.keyId) << '\n'
        << tr("Key file:  %1").arg(keyFile) << '\n'
        << tr("Try:") << '\n'
        << QStringLiteral("  altdist-cli --base-url %1 --issuer-id %2 --key-id %3 --key-file %4 domains list")
               .arg(baseUrl, credentials.issuerId, credentials.keyId, keyFile)
        << Qt::endl;

    QObject::connect(&server, &Sandbox::SandboxServer::requestHandled, &app,
                     [&out](const Sandbox::RequestRecord &record) {
                         out << record.status << ' ' << QString::fromLatin1(record.method) << ' ' << record.target
                             << Qt::endl;
                     });
    quitOnSignals(app);
    return app.exec();
}
