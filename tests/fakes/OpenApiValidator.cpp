#include "OpenApiValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fakes {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool matchesType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer")
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == u"number")
        return value.isDouble();
    return typeOf(value) == type;
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// A query or path parameter's text as the JSON value its schema expects.
QJsonValue coerce(const QString &text, const QJsonObject &schema)
{
    const QString type = schema.value(u"type"_s).toString();
    if (type == u"integer" || type == u"number") {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    if (type == u"boolean") {
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    return text;
}

} // namespace

QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body, QString *error)
{
    QList<MultipartPart> parts;
    static const QRegularExpression boundaryRe(uR"re(boundary="?([^";]+)"?)re"_s);
    const auto match = boundaryRe.match(QString::fromLatin1(contentType));
    if (!match.hasMatch()) {
        *error = u"multipart body without a boundary parameter"_s;
        return parts;
    }
    const QByteArray delimiter = "--" + match.captured(1).toLatin1();
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = u"multipart body without its boundary"_s;
        return parts;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts;
        if (body.mid(pos, 2) != "\r\n") {
            *error = u"malformed multipart boundary line"_s;
            return parts;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray(QByteArray("\r\n") + delimiter), pos);
        if (headerEnd < 0 || next < 0 || headerEnd > next) {
            *error = u"multipart part without headers or closing boundary"_s;
            return parts;
        }
        MultipartPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-type")
                part.contentType = value;
            if (name == "content-disposition") {
                static const QRegularExpression nameRe(uR"re((?:^|;)\s*name="([^"]*)")re"_s);
                static const QRegularExpression fileRe(uR"re(filename="([^"]*)")re"_s);
                const QString text = QString::fromUtf8(value);
                part.name = nameRe.match(text).captured(1).toUtf8();
                part.fileName = fileRe.match(text).captured(1).toUtf8();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        if (part.name.isEmpty()) {
            *error = u"multipart part without a name"_s;
            return parts;
        }
        parts << part;
        pos = next + 2;
    }
}

OpenApiValidator::OpenApiValidator(const QString &specFile)
{
    QFile file(specFile);
    if (file.open(QIODevice::ReadOnly))
        m_doc = QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject OpenApiValidator::resolve(const QJsonObject &maybeRef) const
{
    QJsonObject schema = maybeRef;
    for (int guard = 0; guard < 16 && schema.contains(u"$ref"_s); ++guard) {
        const QString ref = schema.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"))
            return {};
        QJsonValue node = m_doc;
        for (const QString &part : ref.mid(2).split(u'/'))
            node = node.toObject().value(QString(part).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
        schema = node.toObject();
    }
    return schema;
}

QJsonObject OpenApiValidator::operation(const QString &operationId) const
{
    const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto o = ops.begin(); o != ops.end(); ++o) {
            if (o.value().toObject().value(u"operationId"_s).toString() == operationId)
                return o.value().toObject();
        }
    }
    return {};
}

QStringList OpenApiValidator::validateValue(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList problems;
    check(value, schema, u"$"_s, problems, 0);
    return problems;
}

void OpenApiValidator::check(
    const QJsonValue &value, QJsonObject schema, const QString &where, QStringList &problems, int depth) const
{
    if (depth > 40)
        return;
    schema = resolve(schema);
    if (schema.isEmpty())
        return;
    if (value.isNull() && schema.value(u"nullable"_s).toBool())
        return;
    for (const QJsonValue &sub : schema.value(u"allOf"_s).toArray())
        check(value, sub.toObject(), where, problems, depth + 1);
    for (const QString &key : {u"anyOf"_s, u"oneOf"_s}) {
        const QJsonArray alternatives = schema.value(key).toArray();
        if (alternatives.isEmpty())
            continue;
        QStringList best;
        bool matched = false;
        for (const QJsonValue &alt : alternatives) {
            QStringList altProblems;
            check(value, alt.toObject(), where, altProblems, depth + 1);
            if (altProblems.isEmpty()) {
                matched = true;
                break;
            }
            if (best.isEmpty() || altProblems.size() < best.size())
                best = altProblems;
        }
        if (!matched)
            problems << u"%1: matches none of the %2 alternatives (closest: %3)"_s.arg(where, key,
                                                                                       best.join(u"; "_s));
    }
    const QJsonValue typeValue = schema.value(u"type"_s);
    if (typeValue.isString() && !matchesType(value, typeValue.toString())) {
        problems << u"%1: expected %2, got %3 %4"_s.arg(where, typeValue.toString(), typeOf(value),
                                                        compact(value));
        return;
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray allowed = schema.value(u"enum"_s).toArray();
        if (!allowed.contains(value))
            problems << u"%1: %2 is not one of %3"_s.arg(where, compact(value), compact(allowed));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(u"minLength"_s) && text.size() < schema.value(u"minLength"_s).toInt())
            problems << u"%1: shorter than %2 characters"_s.arg(where).arg(
                schema.value(u"minLength"_s).toInt());
        if (schema.contains(u"maxLength"_s) && text.size() > schema.value(u"maxLength"_s).toInt())
            problems << u"%1: longer than %2 characters"_s.arg(where).arg(
                schema.value(u"maxLength"_s).toInt());
        if (schema.contains(u"pattern"_s)) {
            const QRegularExpression re(schema.value(u"pattern"_s).toString());
            if (re.isValid() && !re.match(text).hasMatch())
                problems << u"%1: %2 does not match %3"_s.arg(where, compact(value), re.pattern());
        }
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(u"minimum"_s) && number < schema.value(u"minimum"_s).toDouble())
            problems << u"%1: below the minimum %2"_s.arg(where).arg(schema.value(u"minimum"_s).toDouble());
        if (schema.contains(u"maximum"_s) && number > schema.value(u"maximum"_s).toDouble())
            problems << u"%1: above the maximum %2"_s.arg(where).arg(schema.value(u"maximum"_s).toDouble());
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
            if (!object.contains(required.toString()))
                problems << u"%1: required property \"%2\" is missing"_s.arg(where, required.toString());
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + u'.' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), at, problems, depth + 1);
            else if (additional.isBool() && !additional.toBool())
                problems << u"%1: property not allowed by the schema"_s.arg(at);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), at, problems, depth + 1);
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInt())
            problems << u"%1: fewer than %2 items"_s.arg(where).arg(schema.value(u"minItems"_s).toInt());
        if (schema.contains(u"maxItems"_s) && array.size() > schema.value(u"maxItems"_s).toInt())
            problems << u"%1: more than %2 items"_s.arg(where).arg(schema.value(u"maxItems"_s).toInt());
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QJsonArray knownKinds = schema.value(u"x-switchyard-known-kinds"_s).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(where).arg(i);
            check(array.at(i), items, at, problems, depth + 1);
            // Cloudflare bindings: a known kind must have that kind's shape.
            for (const QJsonValue &kindRef : knownKinds) {
                const QJsonObject kind = resolve(QJsonObject{{u"$ref"_s, kindRef}});
                const QJsonArray kindType =
                    resolve(kind.value(u"properties"_s).toObject().value(u"type"_s).toObject())
                        .value(u"enum"_s)
                        .toArray();
                if (kindType.contains(array.at(i).toObject().value(u"type"_s)))
                    check(array.at(i), kind, at, problems, depth + 1);
            }
        }
    }
}

void OpenApiValidator::checkSecurity(const ReceivedRequest &request,
                                     const QJsonObject &operation,
                                     QStringList &problems) const
{
    const QJsonArray requirements = operation.contains(u"security"_s)
                                        ? operation.value(u"security"_s).toArray()
                                        : m_doc.value(u"security"_s).toArray();
    if (requirements.isEmpty())
        return;
    const QJsonObject schemes =
        m_doc.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject();
    for (const QJsonValue &requirement : requirements) {
        bool satisfied = true;
        const QJsonObject names = requirement.toObject();
        for (auto it = names.begin(); it != names.end(); ++it) {
            const QJsonObject scheme = schemes.value(it.key()).toObject();
            if (scheme.value(u"type"_s).toString() == u"http" &&
                scheme.value(u"scheme"_s).toString() == u"bearer") {
                const QByteArray auth = request.headers.value("authorization");
                satisfied = satisfied && auth.startsWith("Bearer ") && auth.size() > 7;
            } else if (scheme.value(u"type"_s).toString() == u"apiKey" &&
                       scheme.value(u"in"_s).toString() == u"header") {
                satisfied = satisfied &&
                            request.headers.contains(scheme.value(u"name"_s).toString().toLower().toLatin1());
            } else {
                satisfied = false;
            }
        }
        if (satisfied)
            return;
    }
    problems << u"no accepted credentials (expected Authorization: Bearer <token>)"_s;
}

void OpenApiValidator::checkBody(const ReceivedRequest &request,
                                 const QJsonObject &operation,
                                 QStringList &problems) const
{
    const QJsonObject requestBody = resolve(operation.value(u"requestBody"_s).toObject());
    if (requestBody.isEmpty()) {
        if (!request.body.isEmpty())
            problems << u"a body was sent (%1 bytes) but the operation defines none"_s.arg(
                request.body.size());
        return;
    }
    if (request.body.isEmpty()) {
        if (requestBody.value(u"required"_s).toBool())
            problems << u"the request body is required"_s;
        return;
    }
    const QByteArray contentType = request.headers.value("content-type");
    const QString mediaType = QString::fromLatin1(contentType.split(';').first().trimmed().toLower());
    const QJsonObject content = requestBody.value(u"content"_s).toObject();
    if (!content.contains(mediaType)) {
        problems << u"Content-Type \"%1\" is not accepted (accepted: %2)"_s.arg(mediaType,
                                                                                content.keys().join(u", "_s));
        return;
    }
    const QJsonObject schema = resolve(content.value(mediaType).toObject().value(u"schema"_s).toObject());
    if (mediaType == u"application/json") {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            problems << u"the body is not JSON: %1"_s.arg(error.errorString());
            return;
        }
        check(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), schema, u"body"_s, problems,
              0);
        return;
    }
    if (mediaType == u"multipart/form-data") {
        QString error;
        const QList<MultipartPart> parts = parseMultipart(contentType, request.body, &error);
        if (!error.isEmpty()) {
            problems << error;
            return;
        }
        // Parts as an object; JSON parts whose schema is an object are parsed.
        QList<QJsonObject> candidates{schema};
        for (const QJsonValue &alt : schema.value(u"oneOf"_s).toArray())
            candidates << resolve(alt.toObject());
        QStringList best;
        bool first = true;
        for (const QJsonObject &candidate : candidates) {
            if (candidate.value(u"properties"_s).toObject().isEmpty() && candidate.contains(u"oneOf"_s))
                continue;
            const QJsonObject properties = candidate.value(u"properties"_s).toObject();
            QJsonObject object;
            QStringList candidateProblems;
            for (const MultipartPart &part : parts) {
                const QString name = QString::fromUtf8(part.name);
                if (!properties.contains(name) && !properties.contains(u"<any part name>"_s))
                    candidateProblems << u"part \"%1\" is not defined by the schema"_s.arg(name);
                const QJsonObject partSchema = resolve(properties.value(name).toObject());
                if (partSchema.value(u"type"_s).toString() == u"object" ||
                    partSchema.contains(u"properties"_s)) {
                    QJsonParseError parseError{};
                    const QJsonDocument doc = QJsonDocument::fromJson(part.data, &parseError);
                    if (parseError.error != QJsonParseError::NoError)
                        candidateProblems
                            << u"part \"%1\" is not JSON: %2"_s.arg(name, parseError.errorString());
                    object.insert(name, doc.object());
                } else if (partSchema.value(u"type"_s).toString() == u"array") {
                    QJsonArray list = object.value(name).toArray();
                    list.append(QString::fromUtf8(part.data));
                    object.insert(name, list);
                } else {
                    object.insert(name, QString::fromUtf8(part.data));
                }
            }
            QJsonObject checked = candidate;
            checked.remove(u"oneOf"_s);
            checked.remove(u"additionalProperties"_s); // module parts have free names
            check(object, checked, u"body"_s, candidateProblems, 0);
            if (candidateProblems.isEmpty())
                return;
            if (first || candidateProblems.size() < best.size())
                best = candidateProblems;
            first = false;
        }
        problems << best;
        return;
    }
    // Raw media types (application/octet-stream, text/…): any bytes.
}

ValidationResult OpenApiValidator::validate(const ReceivedRequest &request) const
{
    ValidationResult result;
    const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
    const QStringList segments = request.path.split(u'/');
    const QString method = QString::fromLatin1(request.method).toLower();
    bool pathKnown = false;
    QJsonObject operation;
    QJsonArray pathLevelParameters;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList templateSegments = it.key().split(u'/');
        if (templateSegments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString &t = templateSegments.at(i);
            if (t.startsWith(u'{') && t.endsWith(u'}'))
                match = !segments.at(i).isEmpty() &&
                        (params.insert(t.mid(1, t.size() - 2),
                                       QUrl::fromPercentEncoding(segments.at(i).toUtf8())),
                         true);
            else
                match = t == segments.at(i);
        }
        if (!match)
            continue;
        pathKnown = true;
        const QJsonObject ops = it.value().toObject();
        if (!ops.contains(method))
            continue;
        // A literal segment beats a template: prefer the template with fewer parameters.
        if (!result.operationId.isEmpty() && params.size() >= result.pathParams.size())
            continue;
        operation = ops.value(method).toObject();
        pathLevelParameters = ops.value(u"parameters"_s).toArray();
        result.operationId = operation.value(u"operationId"_s).toString();
        result.pathTemplate = it.key();
        result.pathParams = params;
    }
    if (result.operationId.isEmpty()) {
        result.problems << (pathKnown ? u"%1 is not an operation of %2"_s.arg(
                                            QString::fromLatin1(request.method), request.path)
                                      : u"no operation has the path %1"_s.arg(request.path));
        return result;
    }
    QJsonArray parameters = pathLevelParameters;
    for (const QJsonValue &p : operation.value(u"parameters"_s).toArray())
        parameters.append(p);
    QStringList knownQuery;
    for (const QJsonValue &p : parameters) {
        const QJsonObject parameter = resolve(p.toObject());
        const QString name = parameter.value(u"name"_s).toString();
        const QString in = parameter.value(u"in"_s).toString();
        const QJsonObject schema = resolve(parameter.value(u"schema"_s).toObject());
        const bool required = parameter.value(u"required"_s).toBool();
        if (in == u"path") {
            check(coerce(result.pathParams.value(name), schema), schema, u"path parameter "_s + name,
                  result.problems, 0);
        } else if (in == u"query") {
            knownQuery << name;
            const QStringList values = request.query.allQueryItemValues(name, QUrl::FullyDecoded);
            if (values.isEmpty()) {
                if (required)
                    result.problems << u"required query parameter \"%1\" is missing"_s.arg(name);
                continue;
            }
            if (schema.value(u"type"_s).toString() == u"array") {
                QJsonArray array;
                const QJsonObject items = resolve(schema.value(u"items"_s).toObject());
                for (const QString &v : values)
                    array.append(coerce(v, items));
                check(array, schema, u"query parameter "_s + name, result.problems, 0);
            } else {
                if (values.size() > 1)
                    result.problems << u"query parameter \"%1\" given %2 times"_s.arg(name).arg(
                        values.size());
                check(coerce(values.first(), schema), schema, u"query parameter "_s + name, result.problems,
                      0);
            }
        } else if (in == u"header") {
            if (required && !request.headers.contains(name.toLower().toLatin1()))
                result.problems << u"required header \"%1\" is missing"_s.arg(name);
        }
    }
    for (const auto &[name, value] : request.query.queryItems()) {
        if (!knownQuery.contains(name))
            result.problems << u"query parameter \"%1\" is not defined by %2"_s.arg(name, result.operationId);
    }
    checkSecurity(request, operation, result.problems);
    checkBody(request, operation, result.problems);
    return result;
}

} // namespace fakes
