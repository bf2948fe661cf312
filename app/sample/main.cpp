// switchyard-sample: the small service blue-green deploys move between, with control modes so that a
// deploy step is a real command: --replace (restart detached on a pid file) and --stop.
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include "SampleControl.h"
#include "SampleOptions.h"
#include "SampleServer.h"
#include "SignalWatcher.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"switchyard-sample"_s);

    QString error;
    const auto options = app::SampleOptions::parse(QCoreApplication::arguments(), error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    if (options->mode != app::SampleOptions::Mode::Run) {
        app::SampleControl control(*options);
        QObject::connect(&control, &app::SampleControl::finished, &application, &QCoreApplication::exit);
        QTimer::singleShot(0, &control, &app::SampleControl::run);
        return QCoreApplication::exec();
    }

    app::SampleServer server(*options);
    if (!server.listen(error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    app::SignalWatcher watcher;
    QObject::connect(&watcher, &app::SignalWatcher::terminationRequested, &application,
                     [](int) { QCoreApplication::quit(); });
    QTextStream(stdout) << QCoreApplication::translate(
                               "main", "switchyard-sample %1 %2 listening on %3:%4 (health %5) pid %6")
                               .arg(options->slot, options->version, options->bind,
                                    QString::number(options->port), options->health,
                                    QString::number(QCoreApplication::applicationPid()))
                        << Qt::endl;
    return QCoreApplication::exec();
}
