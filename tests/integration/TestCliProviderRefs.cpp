// `switchyard history` and `switchyard status` show the provider refs (ids and URLs) deployments
// recorded, as text and in --json, against the real binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "NginxSandbox.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestCliProviderRefs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    core::DeploymentId m_withRefs = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(NginxSandbox::binDir() + u"/switchyard"_s, QStringList{u"--workspace"_s, m_ws} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws.sqlite"_s);
        auto opened = core::Workspace::open(m_ws);
        QVERIFY(opened.ok());
        core::Workspace &ws = **opened;
        auto service = ws.services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto envId = ws.environments().create(env);
        QVERIFY(envId.ok());
        core::Deployment d;
        d.environmentId = *envId;
        d.version = u"v1.0.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        QVERIFY(ws.deployments().create(d).ok()); // an older one without refs
        d.version = u"v1.1.0"_s;
        auto id = ws.deployments().create(d);
        QVERIFY(id.ok());
        m_withRefs = *id;
        core::ProviderRefRepository refs(ws);
        QVERIFY(refs.add(m_withRefs, {u"vercel"_s, u"deployment"_s, u"dpl_7Gw5ZMBpQA8h9GF832KGp7nwbuh3"_s,
                                      u"https://vercel.com/acme/shop/7Gw5ZMBpQA8h9GF832KGp7nwbuh3"_s})
                    .ok());
        QVERIFY(refs.add(m_withRefs, {u"cloudflare"_s, u"kv"_s, u"ACTIVE_ENV=B"_s, {}}).ok());
    }

    void historyListsRefsAsTextAndJson()
    {
        Run r = cli({u"history"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("vercel deployment dpl_7Gw5ZMBpQA8h9GF832KGp7nwbuh3 "
                                "https://vercel.com/acme/shop/7Gw5ZMBpQA8h9GF832KGp7nwbuh3"),
                 r.out.constData());
        QVERIFY(r.out.contains("cloudflare kv ACTIVE_ENV=B"));

        r = cli({u"history"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows) {
            const QJsonArray refs = row[u"provider_refs"_s].toArray();
            if (row[u"id"_s].toInteger() == m_withRefs) {
                QCOMPARE(refs.size(), 2);
                QCOMPARE(refs.at(0)[u"provider"_s].toString(), u"vercel"_s);
                QCOMPARE(refs.at(0)[u"kind"_s].toString(), u"deployment"_s);
                QCOMPARE(refs.at(0)[u"id"_s].toString(), u"dpl_7Gw5ZMBpQA8h9GF832KGp7nwbuh3"_s);
                QCOMPARE(refs.at(0)[u"url"_s].toString(),
                         u"https://vercel.com/acme/shop/7Gw5ZMBpQA8h9GF832KGp7nwbuh3"_s);
            } else {
                QCOMPARE(refs.size(), 0);
            }
        }
    }

    void statusShowsTheLatestDeploymentsRefs()
    {
        Run r = cli({u"status"_s, u"--no-probe"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QByteArray(QByteArray("latest deployment #") + QByteArray::number(m_withRefs))),
            r.out.constData());
        QVERIFY(r.out.contains("https://vercel.com/acme/shop/7Gw5ZMBpQA8h9GF832KGp7nwbuh3"));

        r = cli({u"status"_s, u"--no-probe"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject env =
            QJsonDocument::fromJson(r.out).object()[u"environments"_s].toArray().at(0).toObject();
        QCOMPARE(env[u"latest_deployment"_s].toInteger(), m_withRefs);
        QCOMPARE(env[u"provider_refs"_s].toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProviderRefs)
#include "TestCliProviderRefs.moc"
