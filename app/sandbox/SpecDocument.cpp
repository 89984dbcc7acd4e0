// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecDocument.h"

#include <QFile>
#include <QJsonDocument>

namespace Sandbox {

namespace {

const QString kSchemaRefPrefix = QStringLiteral("#/components/schemas/");
const QString kParameterRefPrefix = QStringLiteral("#/components/parameters/");

QString schemaName(const QJsonObject &mediaTypes)
{
    const QString ref = mediaTypes.value(QStringLiteral("application/json"))
                            .toObject()
                            .value(QStringLiteral("schema"))
                            .toObject()
                            .value(QStringLiteral("$ref"))
                            .toString();
    return ref.startsWith(kSchemaRefPrefix) ? ref.mid(kSchemaRefPrefix.size()) : QString();
}

QJsonObject resolveParameter(const QJsonObject &parameter, const QJsonObject &components)
{
    const QString ref = parameter.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(kParameterRefPrefix))
        return parameter;
    return components.value(QStringLiteral("parameters")).toObject().value(ref.mid(kParameterRefPrefix.size())).toObject();
}

/// OpenAPI 3.0 -> JSON Schema: `nullable: true` becomes a "null" type, and
/// `format`s that are not strings (one in Apple's document) are dropped.
QJsonValue adaptSchema(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(adaptSchema(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it)
        object.insert(it.key(), adaptSchema(it.value()));
    if (object.contains(QStringLiteral("format")) && !object.value(QStringLiteral("format")).isString())
        object.remove(QStringLiteral("format"));
    if (object.value(QStringLiteral("nullable")).toBool()) {
        object.remove(QStringLiteral("nullable"));
        if (object.value(QStringLiteral("type")).isString())
            object.insert(QStringLiteral("type"),
                          QJsonArray{object.value(QStringLiteral("type")), QStringLiteral("null")});
        if (object.value(QStringLiteral("enum")).isArray()) {
            QJsonArray values = object.value(QStringLiteral("enum")).toArray();
            values.append(QJsonValue::Null);
            object.insert(QStringLiteral("enum"), values);
        }
    }
    return object;
}

} // namespace

const QJsonObject *SpecOperation::queryParameter(const QString &name) const
{
    for (const QJsonObject &parameter : queryParameters) {
        if (parameter.value(QStringLiteral("name")).toString() == name)
            return &parameter;
    }
    return nullptr;
}

const SpecDocument &SpecDocument::instance()
{
    static const SpecDocument document; // thread-safe initialisation, immutable afterwards
    return document;
}

SpecDocument::SpecDocument()
{
    QFile file(QStringLiteral(":/sandbox/openapi-subset.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Sandbox: the OpenAPI document is missing from the resources");
        return;
    }
    load(QJsonDocument::fromJson(file.readAll()).object());
}

void SpecDocument::load(const QJsonObject &spec)
{
    const QJsonObject components = spec.value(QStringLiteral("components")).toObject();
    m_jsonSchemas = adaptSchema(components.value(QStringLiteral("schemas"))).toObject();
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        PathEntry entry;
        entry.pathTemplate = it.key();
        entry.segments = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QJsonObject item = it.value().toObject();
        const QJsonArray shared = item.value(QStringLiteral("parameters")).toArray();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (op.key() == QLatin1String("parameters") || !op.value().isObject())
                continue;
            const QJsonObject operation = op.value().toObject();
            SpecOperation parsed;
            parsed.pathTemplate = it.key();
            parsed.method = op.key().toUpper().toLatin1();
            QJsonArray parameters = shared;
            for (const QJsonValue &p : operation.value(QStringLiteral("parameters")).toArray())
                parameters.append(p);
            for (const QJsonValue &p : std::as_const(parameters)) {
                const QJsonObject parameter = resolveParameter(p.toObject(), components);
                if (parameter.value(QStringLiteral("in")).toString() == QLatin1String("query"))
                    parsed.queryParameters.append(parameter);
            }
            const QJsonObject body = operation.value(QStringLiteral("requestBody")).toObject();
            parsed.requestSchema = schemaName(body.value(QStringLiteral("content")).toObject());
            parsed.requestBodyRequired = body.value(QStringLiteral("required")).toBool();
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                bool ok = false;
                const int status = r.key().toInt(&ok);
                if (ok)
                    parsed.responseSchemas.insert(
                        status, schemaName(r.value().toObject().value(QStringLiteral("content")).toObject()));
            }
            entry.operations.insert(parsed.method, parsed);
        }
        m_paths.append(entry);
    }
}

std::optional<SpecDocument::PathMatch> SpecDocument::matchPath(const QString &path) const
{
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QStringLiteral("//")) || (path.size() > 1 && path.endsWith(QLatin1Char('/'))))
        return std::nullopt;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::optional<PathMatch> best;
    int bestLiterals = -1;
    for (const PathEntry &entry : m_paths) {
        if (entry.segments.size() != segments.size())
            continue;
        PathMatch match{entry.pathTemplate, {}};
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; matches && i < segments.size(); ++i) {
            const QString &pattern = entry.segments.at(i);
            if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}')))
                match.params.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
            else if (pattern == segments.at(i))
                ++literals;
            else
                matches = false;
        }
        if (matches && literals > bestLiterals) {
            best = match;
            bestLiterals = literals;
        }
    }
    return best;
}

const SpecOperation *SpecDocument::operation(const QString &pathTemplate, const QByteArray &method) const
{
    for (const PathEntry &entry : m_paths) {
        if (entry.pathTemplate != pathTemplate)
            continue;
        const auto it = entry.operations.constFind(method);
        return it == entry.operations.cend() ? nullptr : &it.value();
    }
    return nullptr;
}

QList<QByteArray> SpecDocument::methods(const QString &pathTemplate) const
{
    for (const PathEntry &entry : m_paths) {
        if (entry.pathTemplate == pathTemplate)
            return entry.operations.keys();
    }
    return {};
}

} // namespace Sandbox
