// The contract checker the fakes use: it must catch what Switchyard could get wrong.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "FakeServer.h"
#include "OpenApiValidator.h"

using namespace Qt::StringLiterals;
using fakes::OpenApiValidator;
using fakes::ReceivedRequest;

namespace {

ReceivedRequest request(QByteArray method, QString path, QByteArray body = {}, QByteArray contentType = {})
{
    ReceivedRequest r;
    r.method = std::move(method);
    const qsizetype q = path.indexOf(u'?');
    if (q >= 0) {
        r.query = QUrlQuery(path.mid(q + 1));
        path.truncate(q);
    }
    r.path = path;
    r.headers.insert("authorization", "Bearer t");
    if (!contentType.isEmpty())
        r.headers.insert("content-type", contentType);
    r.body = std::move(body);
    return r;
}

const QString kKv = u"/accounts/023e105f4ecef8ad9ca31a8372d0c353/storage/kv/namespaces/"
                    u"0f2ac74b498b48028cb68387c421e279/values/ACTIVE_ENV"_s;

} // namespace

class TestOpenApiValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conforming_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("operationId");
        QTest::newRow("KV raw write") << u"cloudflare"_s << QByteArray("PUT") << kKv << QByteArray("green")
                                      << QByteArray("application/octet-stream")
                                      << u"workers-kv-namespace-write-key-value-pair-with-metadata"_s;
        QTest::newRow("KV read") << u"cloudflare"_s << QByteArray("GET") << kKv << QByteArray()
                                 << QByteArray() << u"workers-kv-namespace-read-key-value-pair"_s;
        QTest::newRow("Vercel promote")
            << u"vercel"_s << QByteArray("POST") << u"/v10/projects/prj_1/promote/dpl_2?teamId=team_1"_s
            << QByteArray() << QByteArray() << u"requestPromote"_s;
        QTest::newRow("Supabase health")
            << u"supabase"_s << QByteArray("GET")
            << u"/v1/projects/abcdefghijklmnopqrst/health?services=db&services=rest"_s << QByteArray()
            << QByteArray() << u"v1-get-services-health"_s;
        QTest::newRow("Supabase secrets")
            << u"supabase"_s << QByteArray("POST") << u"/v1/projects/abcdefghijklmnopqrst/secrets"_s
            << QByteArray(R"([{"name":"STRIPE_KEY","value":"x"}])") << QByteArray("application/json")
            << u"v1-bulk-create-secrets"_s;
    }
    void conforming()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, operationId);
        const OpenApiValidator validator(fakes::providerSpec(spec + u".subset.json"_s));
        QVERIFY(validator.isValid());
        const auto result = validator.validate(request(method, path, body, contentType));
        QCOMPARE(result.operationId, operationId);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    }

    void mismatches_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("KV write as JSON")
            << u"cloudflare"_s << QByteArray("PUT") << kKv << QByteArray(R"({"value":"green"})")
            << QByteArray("application/json") << u"Content-Type \"application/json\" is not accepted"_s;
        QTest::newRow("KV write without body") << u"cloudflare"_s << QByteArray("PUT") << kKv << QByteArray()
                                               << QByteArray() << u"the request body is required"_s;
        QTest::newRow("wrong method") << u"cloudflare"_s << QByteArray("POST") << kKv << QByteArray("x")
                                      << QByteArray("text/plain") << u"is not an operation of"_s;
        QTest::newRow("unknown path")
            << u"vercel"_s << QByteArray("POST") << u"/v9/projects/prj_1/rollback/dpl_1"_s << QByteArray()
            << QByteArray() << u"no operation has the path"_s;
        QTest::newRow("body where none is defined")
            << u"vercel"_s << QByteArray("POST") << u"/v1/projects/prj_1/rollback/dpl_1"_s << QByteArray("{}")
            << QByteArray("application/json") << u"defines none"_s;
        QTest::newRow("unknown create property")
            << u"vercel"_s << QByteArray("POST") << u"/v13/deployments"_s
            << QByteArray(R"({"name":"web","colour":"green"})") << QByteArray("application/json")
            << u"body.colour: property not allowed"_s;
        QTest::newRow("bad Supabase ref") << u"supabase"_s << QByteArray("GET") << u"/v1/projects/ABC"_s
                                          << QByteArray() << QByteArray() << u"path parameter ref"_s;
        QTest::newRow("health without services")
            << u"supabase"_s << QByteArray("GET") << u"/v1/projects/abcdefghijklmnopqrst/health"_s
            << QByteArray() << QByteArray() << u"required query parameter \"services\" is missing"_s;
        QTest::newRow("unknown service") << u"supabase"_s << QByteArray("GET")
                                         << u"/v1/projects/abcdefghijklmnopqrst/health?services=dns"_s
                                         << QByteArray() << QByteArray() << u"is not one of"_s;
        QTest::newRow("reserved secret name")
            << u"supabase"_s << QByteArray("POST") << u"/v1/projects/abcdefghijklmnopqrst/secrets"_s
            << QByteArray(R"([{"name":"SUPABASE_URL","value":"x"}])") << QByteArray("application/json")
            << u"does not match"_s;
        QTest::newRow("secret without value")
            << u"supabase"_s << QByteArray("POST") << u"/v1/projects/abcdefghijklmnopqrst/secrets"_s
            << QByteArray(R"([{"name":"K"}])") << QByteArray("application/json") << u"\"value\" is missing"_s;
        QTest::newRow("undefined query parameter")
            << u"vercel"_s << QByteArray("GET") << u"/v9/projects/prj_1?team=team_1"_s << QByteArray()
            << QByteArray() << u"query parameter \"team\" is not defined"_s;
    }
    void mismatches()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, expected);
        const OpenApiValidator validator(fakes::providerSpec(spec + u".subset.json"_s));
        const auto result = validator.validate(request(method, path, body, contentType));
        QVERIFY(!result.ok());
        QVERIFY2(result.problems.join(u'\n').contains(expected), qPrintable(result.problems.join(u'\n')));
    }

    void missingTokenIsAMismatch()
    {
        const OpenApiValidator validator(fakes::providerSpec(u"cloudflare.subset.json"_s));
        ReceivedRequest r = request("GET", kKv);
        r.headers.remove("authorization");
        const auto result = validator.validate(r);
        QVERIFY2(result.problems.join(u'\n').contains(u"credentials"_s),
                 qPrintable(result.problems.join(u'\n')));
    }

    void workerUploadBindingShape()
    {
        const OpenApiValidator validator(fakes::providerSpec(u"cloudflare.subset.json"_s));
        auto upload = [&](const QJsonObject &binding) {
            const QJsonObject metadata{{u"main_module"_s, u"router.js"_s},
                                       {u"bindings"_s, QJsonArray{binding}}};
            const QByteArray body =
                "--b\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: "
                "application/json\r\n\r\n" +
                QJsonDocument(metadata).toJson(QJsonDocument::Compact) +
                "\r\n--b\r\nContent-Disposition: form-data; name=\"router.js\"; "
                "filename=\"router.js\"\r\nContent-Type: application/javascript+module\r\n\r\n"
                "export default {}\r\n--b--\r\n";
            return validator.validate(
                request("PUT", u"/accounts/023e105f4ecef8ad9ca31a8372d0c353/workers/scripts/router"_s, body,
                        "multipart/form-data; boundary=b"));
        };
        const auto good = upload(QJsonObject{{u"type"_s, u"kv_namespace"_s},
                                             {u"name"_s, u"ROUTES"_s},
                                             {u"namespace_id"_s, u"0f2ac74b498b48028cb68387c421e279"_s}});
        QVERIFY2(good.ok(), qPrintable(good.problems.join(u'\n')));
        const auto bad = upload(QJsonObject{{u"type"_s, u"kv_namespace"_s}, {u"name"_s, u"ROUTES"_s}});
        QVERIFY2(bad.problems.join(u'\n').contains(u"namespace_id"_s), qPrintable(bad.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiValidator)
#include "TestOpenApiValidator.moc"
