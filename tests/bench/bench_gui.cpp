// The GUI's edit loop: one edit made through the document's undo API, the
// way a form field writes it, until every model and view shows it (the
// spec view, the diff view, the warnings, the forms and the raw tree) and
// the window has processed the repaint that follows. The main window runs
// offscreen, with the Diff dock beside the Warnings dock so both refresh.
//
// Each iteration is timed by hand (UseManualTime): `real_time` is the mean,
// and the counters p50_ms, p99_ms and max_ms the median, 99th percentile
// and worst edit of the run. Also holds main() for ocistudio_bench.

#include "diffpanel.h"
#include "diffview.h"
#include "document.h"
#include "jsonview.h"
#include "mainwindow.h"
#include "rebuilder.h"
#include "stressdocument.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

struct GuiCase {
    const char *name;
    // Empty: the window's own start-up example.
    const char *fixture;
    // The value a form edit writes, alternating between two strings.
    const char *pointer;
    const char *valueA;
    const char *valueB;
};

const GuiCase kGuiCases[] = {
    {"example", "", "/manifest/env/0/value", "1", "0"},
    {"container/nginx-basic", "container/nginx-basic", "/config/WorkingDir", "/srv/www", "/srv"},
    {"stress-plugin", "stress-plugin", "/manifest/env/500/value", "edited", "value-500"},
    {"stress-container", "stress-container", "/config/Env/500", "VAR_500=edited", "VAR_500=value-500"},
};

QByteArray caseData(const std::string &fixture)
{
    if (fixture == "stress-plugin")
        return QByteArray::fromStdString(stress::pluginDocument());
    if (fixture == "stress-container")
        return QByteArray::fromStdString(stress::acceptedContainerDocument());
    QFile file(QStringLiteral(OCISTUDIO_FIXTURES_DIR "/") + QString::fromStdString(fixture)
               + QStringLiteral("/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// Processes events until the rebuild the edit started has been published
// (and with it every view updated), then once more for the repaint.
bool settle(MainWindow &window, quint64 previousGeneration)
{
    Rebuilder *rebuilder = window.rebuilder();
    QElapsedTimer deadline;
    deadline.start();
    while (true) {
        // Sleeps until an event comes, as the application's event loop
        // does: a busy loop here would take a core from the build worker.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        const auto snapshot = rebuilder->snapshot();
        if (snapshot && snapshot->generation > previousGeneration && !rebuilder->isPending())
            break;
        if (deadline.elapsed() > 10000)
            return false;
    }
    // Layout requests and the window's UpdateRequest (the paint of every
    // dirty region) are posted events: this turn delivers them.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return true;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

void editAndRepaint(benchmark::State &state, const GuiCase &c)
{
    auto window = std::make_unique<MainWindow>();
    if (*c.fixture) {
        const QByteArray data = caseData(c.fixture);
        if (data.isEmpty() || !window->document()->loadData(data, QString::fromLatin1(c.name) + QStringLiteral(".json"))) {
            state.SkipWithError("cannot load the document");
            return;
        }
    }
    // Both bottom docks visible, so the diff view refreshes on every build.
    auto *warnings = window->findChild<QDockWidget *>(QStringLiteral("warningsDock"));
    auto *diff = window->findChild<QDockWidget *>(QStringLiteral("diffDock"));
    if (warnings && diff) {
        // They start tabbed together, and splitDockWidget() would add the
        // Diff dock as another tab: take it out of the tab group first.
        window->removeDockWidget(diff);
        window->addDockWidget(Qt::BottomDockWidgetArea, diff);
        window->splitDockWidget(warnings, diff, Qt::Horizontal);
        warnings->show();
        diff->show();
    }
    window->resize(1400, 900);
    window->show();
    if (!settle(*window, 0)) {
        state.SkipWithError("no first build");
        return;
    }
    // The schema is loaded on a worker; builds before that are revalidated
    // once it is there. Wait so that every timed build validates with it.
    for (int i = 0; i < 500 && !window->rebuilder()->isSchemaReady(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    settle(*window, 0);
    Document *document = window->document();
    const QString pointer = QString::fromLatin1(c.pointer);
    bool flip = false;
    auto edit = [&] {
        flip = !flip;
        const quint64 generation = window->rebuilder()->snapshot()->generation;
        document->setValueCreatingPath(pointer, oci::json::Value::makeString(flip ? c.valueA : c.valueB));
        return settle(*window, generation);
    };
    // Warm up: caches, fonts, first layouts of the diff.
    for (int i = 0; i < 10; ++i)
        edit();
    if (!window->specView()->toPlainText().contains(QString::fromLatin1(flip ? c.valueA : c.valueB))) {
        state.SkipWithError("the edit does not reach the spec view");
        return;
    }
    if (!diff || diff->visibleRegion().isEmpty()) {
        state.SkipWithError("the Diff dock is not on screen");
        return;
    }

    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(state.max_iterations));
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const bool ok = edit();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        if (!ok) {
            state.SkipWithError("the rebuild never came");
            break;
        }
        state.SetIterationTime(elapsed.count());
        samples.push_back(elapsed.count() * 1e3);
    }
    state.counters["p50_ms"] = percentile(samples, 0.50);
    state.counters["p99_ms"] = percentile(samples, 0.99);
    state.counters["max_ms"] = percentile(samples, 1.0);
    state.counters["spec_lines"] = window->specView()->blockCount();
}

int registerAll()
{
    for (const GuiCase &c : kGuiCases) {
        const bool stress = std::string(c.name).rfind("stress", 0) == 0;
        benchmark::RegisterBenchmark((std::string("gui-edit/") + c.name).c_str(), editAndRepaint, c)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(stress ? 200 : 500);
    }
    return 0;
}

const int registered = registerAll();

} // namespace

int main(int argc, char **argv)
{
    // For the cold-start and memory measurements of the app itself.
    if (argc == 3 && std::string(argv[1]) == "--write-stress-documents") {
        const std::string dir = argv[2];
        for (const auto &[name, text] : {std::pair{"stress-plugin", stress::pluginDocument()},
                                         std::pair{"stress-container", stress::acceptedContainerDocument()}}) {
            QFile file(QString::fromStdString(dir + "/" + name + ".ocispec.json"));
            if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0)
                return 1;
        }
        return 0;
    }
    // The window is measured offscreen, with settings of its own.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    if (config.isValid())
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocistudio-bench"));
    QApplication::setOrganizationName(QStringLiteral("ocispecstudio"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
