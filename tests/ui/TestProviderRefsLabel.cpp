// Provider refs in the deployment details pane: each ref with an http(s) URL is a link, and a click
// opens it (through the label's opener, which is QDesktopServices outside tests).
#include <QFormLayout>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/AppContext.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/model/Slot.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/DeploymentDetailsView.h"
#include "ui/EnvironmentCard.h"
#include "ui/MainWindow.h"
#include "ui/ProviderRefsLabel.h"

using namespace Qt::StringLiterals;

class TestProviderRefsLabel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void linksOnlyWebUrlsAndEscapes()
    {
        ui::ProviderRefsLabel label;
        QList<QUrl> opened;
        label.setOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        label.setRefs({{u"vercel"_s, u"deployment"_s, u"dpl_123"_s, u"https://vercel.com/acme/shop/123"_s},
                       {u"cloudflare"_s, u"kv"_s, u"ACTIVE_ENV=<B>"_s, {}},
                       {u"supabase"_s, u"function"_s, u"diag"_s, u"javascript:alert(1)"_s}});
        const QString html = label.text();
        QVERIFY2(html.contains(u"<a href=\"https://vercel.com/acme/shop/123\">dpl_123</a>"_s),
                 qPrintable(html));
        QVERIFY(html.contains(u"Vercel deployment"_s));
        QVERIFY(html.contains(u"Cloudflare KV value"_s));
        QVERIFY(html.contains(u"ACTIVE_ENV=&lt;B&gt;"_s));
        QVERIFY(!html.contains(u"javascript:"_s));
        QCOMPARE(label.openExternalLinks(), false);

        Q_EMIT label.linkActivated(u"https://vercel.com/acme/shop/123"_s);
        QCOMPARE(opened, QList<QUrl>{QUrl(u"https://vercel.com/acme/shop/123"_s)});
        Q_EMIT label.linkActivated(u"file:///etc/passwd"_s);
        QCOMPARE(opened.size(), 1);
    }

    void detailsPaneShowsTheDeploymentsRefs()
    {
        auto opened =
            core::Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s));
        QVERIFY(opened.ok());
        core::Workspace &ws = **opened;
        auto service = ws.services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto envId = ws.environments().create(env);
        core::Deployment d;
        d.environmentId = *envId;
        d.version = u"v2.0.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        auto withRefs = ws.deployments().create(d);
        auto without = ws.deployments().create(d);
        QVERIFY(withRefs.ok() && without.ok());
        QVERIFY(core::ProviderRefRepository(ws)
                    .add(*withRefs,
                         {u"vercel"_s, u"deployment"_s, u"dpl_abc"_s, u"https://vercel.com/x/dpl_abc"_s})
                    .ok());

        ui::DeploymentDetailsView view(ws);
        view.resize(900, 600);
        view.show();
        auto *refs = view.findChild<ui::ProviderRefsLabel *>(u"providerRefs"_s);
        QVERIFY(refs);
        QList<QUrl> clicked;
        refs->setOpener([&clicked](const QUrl &url) {
            clicked << url;
            return true;
        });
        view.showDeployment(*withRefs);
        QVERIFY(refs->isVisibleTo(&view));
        QVERIFY(refs->text().contains(u"dpl_abc"_s));
        Q_EMIT refs->linkActivated(u"https://vercel.com/x/dpl_abc"_s);
        QCOMPARE(clicked.size(), 1);

        view.showDeployment(*without);
        QVERIFY(!refs->isVisibleTo(&view)); // no empty "Providers:" row
        QVERIFY(refs->text().isEmpty());
    }

    void environmentCardShowsTheLatestDeploymentsRefs()
    {
        auto opened =
            core::Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s));
        QVERIFY(opened.ok());
        core::Workspace &ws = **opened;
        auto service = ws.services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto envId = ws.environments().create(env);
        core::Slot blue;
        blue.environmentId = *envId;
        blue.name = u"blue"_s;
        blue.role = core::SlotRole::Live;
        blue.healthUrl = u"http://127.0.0.1:9/health"_s;
        QVERIFY(ws.environments().addSlot(blue).ok());
        core::Deployment d;
        d.environmentId = *envId;
        d.version = u"v3.0.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"green"_s;
        d.toSlot = u"blue"_s;
        auto id = ws.deployments().create(d);
        QVERIFY(id.ok());
        QVERIFY(
            core::ProviderRefRepository(ws)
                .add(*id, {u"vercel"_s, u"deployment"_s, u"dpl_card"_s, u"https://vercel.com/x/dpl_card"_s})
                .ok());

        QNetworkAccessManager nam;
        core::AppContext context{ws, &nam, u"tester"_s};
        ui::MainWindow window(context);
        window.show();
        auto *card = window.findChild<ui::EnvironmentCard *>();
        QVERIFY(card);
        auto *refs = card->findChild<ui::ProviderRefsLabel *>(u"cardProviderRefs"_s);
        QVERIFY(refs);
        QVERIFY(refs->isVisibleTo(card));
        QVERIFY2(refs->text().contains(u"<a href=\"https://vercel.com/x/dpl_card\">dpl_card</a>"_s),
                 qPrintable(refs->text()));
    }
};

QTEST_MAIN(TestProviderRefsLabel)
#include "TestProviderRefsLabel.moc"
