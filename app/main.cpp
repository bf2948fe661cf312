// Switchyard: one binary, two faces. With a command it is the headless CLI (QCoreApplication,
// core only); without one it opens the window.
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include "Cli.h"
#include "CliIncidents.h"
#include "Gui.h"

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Switchyard"_s);
    QCoreApplication::setOrganizationDomain(u"switchyard.dev"_s);
    QCoreApplication::setApplicationName(u"switchyard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"switchyard"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Subsystem chatter (switchyard.*) is for logs, not for the terminal: warnings only, unless
    // --verbose (or QT_LOGGING_RULES) asks for more.
    if (arguments.removeAll(u"--verbose"_s) == 0 && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"switchyard.*.info=false\nswitchyard.*.debug=false"_s);

    if (app::Cli::isCliInvocation(arguments) && app::CliIncidents::needsGui(arguments)) {
        // Writing a PDF lays out text, which needs QtGui's fonts: a GUI application without a window.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        return app::Cli::run(arguments);
    }
    if (app::Cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        return app::Cli::run(arguments);
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Switchyard"_s);
    installTranslations(app);
    return app::Gui::run(arguments);
}
