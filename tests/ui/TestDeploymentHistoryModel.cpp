// The deployment history model over a real SQLite workspace: model invariants, rows inserted (not
// reset) as deployments are created, rows updated in place as they change, sorting via the proxy.
#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/providers/NginxRouterConfig.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/Theme.h"
#include "ui/models/DeploymentHistoryModel.h"

using namespace Qt::StringLiterals;
using Model = ui::models::DeploymentHistoryModel;

class TestDeploymentHistoryModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_env = 0;
    int m_workspaces = 0;
    QDateTime m_base = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

    core::DeploymentId addDeployment(const QString &version,
                                     core::DeploymentStatus status,
                                     int startedMinutes,
                                     const QString &from = u"blue"_s,
                                     const QString &to = u"green"_s)
    {
        core::Deployment d;
        d.environmentId = m_env;
        d.version = version;
        d.status = status;
        d.fromSlot = from;
        d.toSlot = to;
        d.requestedBy = u"alice"_s;
        d.startedAt = m_base.addSecs(60 * startedMinutes);
        if (status != core::DeploymentStatus::Running)
            d.finishedAt = d.startedAt.addSecs(90);
        auto id = m_ws->deployments().create(d);
        if (!id.ok())
            qWarning() << id.error().toString();
        return id.ok() ? *id : 0;
    }

    QList<qint64> proxyIds(const QSortFilterProxyModel &proxy) const
    {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, Model::Id).data(Model::DeploymentIdRole).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = core::Workspace::open(m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_workspaces)));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = std::move(*ws);
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::NginxRouterConfig router;
        router.prefix = m_dir.filePath(u"nginx"_s);
        router.confPath = m_dir.filePath(u"nginx/conf/nginx.conf"_s);
        router.includeFile = m_dir.filePath(u"nginx/conf/upstream.conf"_s);
        router.upstreamName = u"switchyard_production"_s;
        router.environmentName = u"production"_s;
        router.verifyUrl = QUrl(u"http://127.0.0.1:1/api/health/system"_s);
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        env.routerConfig = router.toJson();
        auto envId = m_ws->environments().create(env);
        QVERIFY(envId.ok());
        m_env = *envId;
        for (const QString &name : {u"blue"_s, u"green"_s}) {
            core::Slot slot;
            slot.environmentId = m_env;
            slot.name = name;
            slot.role = name == u"blue" ? core::SlotRole::Live : core::SlotRole::Standby;
            slot.version = name == u"blue" ? u"v1.0.0"_s : u"v0.9.0"_s;
            QVERIFY(m_ws->environments().addSlot(slot).ok());
        }
        for (const QString &version : {u"v0.9.0"_s, u"v1.0.0"_s, u"v1.1.0"_s}) {
            core::Release release;
            release.serviceId = *service;
            release.version = version;
            release.commitSha = u"abc123"_s;
            QVERIFY(m_ws->releases().create(release).ok());
        }
        // Started out of id order: #2 started before #1.
        QVERIFY(addDeployment(u"v0.9.0"_s, core::DeploymentStatus::Succeeded, 10) > 0);
        QVERIFY(addDeployment(u"v1.0.0"_s, core::DeploymentStatus::Failed, 5, u"green"_s, u"blue"_s) > 0);
        QVERIFY(addDeployment(u"v1.0.0"_s, core::DeploymentStatus::Succeeded, 20, u"green"_s, u"blue"_s) > 0);
    }

    void cleanup() { m_ws.reset(); }

    void passesModelTester()
    {
        Model model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Model::SortRole);
        proxy.sort(Model::Started, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const core::DeploymentId id = addDeployment(u"v1.1.0"_s, core::DeploymentStatus::Running, 30);
        QVERIFY(m_ws->deployments().beginStep(id, 0, u"preflight"_s).ok());
        QVERIFY(m_ws->deployments().setStatus(id, core::DeploymentStatus::Succeeded).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 4);
    }

    void loadsNewestFirstWithTextAndRawValues()
    {
        Model model(*m_ws);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        // Newest start first: #3 (20 min), #1 (10 min), #2 (5 min).
        QCOMPARE(model.index(0, Model::Id).data(Model::SortRole).toLongLong(), 3);
        QCOMPARE(model.index(1, Model::Id).data(Model::SortRole).toLongLong(), 1);
        QCOMPARE(model.index(2, Model::Id).data(Model::SortRole).toLongLong(), 2);
        QCOMPARE(model.index(0, Model::Id).data().toString(), u"#3"_s);
        QCOMPARE(model.index(0, Model::Environment).data().toString(), u"production"_s);
        QCOMPARE(model.index(0, Model::Slots).data().toString(), u"green → blue"_s);
        QCOMPARE(model.index(2, Model::Status).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(2, Model::Status).data(Model::SortRole).toInt(),
                 int(core::DeploymentStatus::Failed));
        QCOMPARE(model.index(2, Model::Status).data(Model::StatusColorRole).value<QColor>(),
                 ui::Theme::color(ui::Theme::Tone::Bad));
        QVERIFY(!model.index(2, Model::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, Model::Duration).data(Model::SortRole).toLongLong(), 90000);
        QCOMPARE(model.index(0, Model::Duration).data().toString(), u"1 min 30 s"_s);
        QCOMPARE(model.index(0, Model::RequestedBy).data().toString(), u"alice"_s);
    }

    void headersAreNamed()
    {
        Model model(*m_ws);
        QSet<QString> headers;
        for (int column = 0; column < Model::ColumnCount; ++column)
            headers.insert(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers.size(), int(Model::ColumnCount));
        QVERIFY(!headers.contains(QString()));
        QCOMPARE(model.headerData(Model::Status, Qt::Horizontal).toString(), u"Status"_s);
    }

    void insertsRowOnCreate()
    {
        Model model(*m_ws);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const core::DeploymentId id = addDeployment(u"v1.1.0"_s, core::DeploymentStatus::Running, 30);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // newest: at the top
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, Model::Id).data(Model::SortRole).toLongLong(), id);
        QCOMPARE(model.index(0, Model::Status).data().toString(), u"Running"_s);
    }

    void insertsOlderRowInPlace()
    {
        Model model(*m_ws);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const core::DeploymentId id = addDeployment(u"v1.1.0"_s, core::DeploymentStatus::Succeeded, 7);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // between #1 (10 min) and #2 (5 min)
        QCOMPARE(model.rowOf(id), 2);
    }

    void updatesRowOnStatusAndStepChange()
    {
        const core::DeploymentId id = addDeployment(u"v1.1.0"_s, core::DeploymentStatus::Running, 30);
        Model model(*m_ws);
        const int row = model.rowOf(id);
        QCOMPARE(row, 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(m_ws->deployments().beginStep(id, 3, u"switch"_s).ok());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, Model::Status).data().toString(), u"Running · switch"_s);

        changed.clear();
        QVERIFY(m_ws->deployments().setStatus(id, core::DeploymentStatus::Failed, u"nginx -t failed"_s).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), Model::ColumnCount - 1);
        QCOMPARE(model.index(row, Model::Status).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(row, Model::Status).data(Qt::ToolTipRole).toString(), u"nginx -t failed"_s);
        QVERIFY(model.index(row, Model::Duration).data(Model::SortRole).toLongLong() >= 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 4);
    }

    void reloadInsertsWhatAnotherProcessWrote()
    {
        Model model(*m_ws);
        auto other = core::Workspace::open(m_ws->location());
        QVERIFY(other.ok());
        core::Deployment d;
        d.environmentId = m_env;
        d.version = u"v1.1.0"_s;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.startedAt = m_base.addSecs(3600);
        auto id = (*other)->deployments().create(d);
        QVERIFY(id.ok());
        QCOMPARE(model.rowCount(), 3); // not seen yet: another connection wrote it

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(*id), 0);
    }

    void sortsThroughProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("id ascending") << int(Model::Id) << Qt::AscendingOrder << QList<qint64>{1, 2, 3};
        QTest::newRow("id descending") << int(Model::Id) << Qt::DescendingOrder << QList<qint64>{3, 2, 1};
        QTest::newRow("started ascending")
            << int(Model::Started) << Qt::AscendingOrder << QList<qint64>{2, 1, 3};
        QTest::newRow("started descending")
            << int(Model::Started) << Qt::DescendingOrder << QList<qint64>{3, 1, 2};
        QTest::newRow("status ascending")
            << int(Model::Status) << Qt::AscendingOrder << QList<qint64>{3, 1, 2};
    }

    void sortsThroughProxy()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, expected);
        Model model(*m_ws);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Model::SortRole);
        proxy.sort(column, order);
        QCOMPARE(proxyIds(proxy), expected);
    }
};

QTEST_MAIN(TestDeploymentHistoryModel)
#include "TestDeploymentHistoryModel.moc"
