#pragma once

#include <utility>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace fakes {

// A request as a fake received it. `path` is relative to the API base, still percent-encoded.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

struct ValidationResult
{
    QString operationId;                // empty: no operation matches method + path
    QString pathTemplate;               // e.g. /v13/deployments/{idOrUrl}
    QHash<QString, QString> pathParams; // decoded
    QStringList problems;               // empty: the request conforms

    [[nodiscard]] bool ok() const { return !operationId.isEmpty() && problems.isEmpty(); }
};

// Checks requests against an OpenAPI 3.0 document (the subsets in tests/provider-specs): that the
// method and path name an operation; path parameters, required query and header parameters and
// their schemas; the security requirement (Bearer token); the request body's content type against
// the operation's media types, and its content against the schema (type, required, properties,
// additionalProperties, enum, pattern, lengths, bounds, items, nullable, allOf/anyOf/oneOf, $ref).
// multipart/form-data bodies are split into parts and checked like an object (JSON parts whose
// schema is an object are parsed). Kinds listed in `x-switchyard-known-kinds` (Cloudflare
// bindings) are checked against those schemas. `oneOf` is checked as `anyOf` (the upstream specs
// have overlapping alternatives).
class OpenApiValidator
{
public:
    // Loads the document; an unreadable file leaves isValid() false.
    explicit OpenApiValidator(const QString &specFile);

    [[nodiscard]] bool isValid() const { return !m_doc.isEmpty(); }
    [[nodiscard]] ValidationResult validate(const ReceivedRequest &request) const;
    // A JSON value against a schema (by $ref or inline); returns the problems.
    [[nodiscard]] QStringList validateValue(const QJsonValue &value, const QJsonObject &schema) const;
    [[nodiscard]] QJsonObject resolve(const QJsonObject &maybeRef) const;
    [[nodiscard]] QJsonObject operation(const QString &operationId) const;

private:
    void check(const QJsonValue &value,
               QJsonObject schema,
               const QString &where,
               QStringList &problems,
               int depth) const;
    void checkBody(const ReceivedRequest &request, const QJsonObject &operation, QStringList &problems) const;
    void
    checkSecurity(const ReceivedRequest &request, const QJsonObject &operation, QStringList &problems) const;

    QJsonObject m_doc;
};

// Splits a multipart/form-data body: part name → (filename, content type, bytes).
struct MultipartPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};
QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body, QString *error);

} // namespace fakes
