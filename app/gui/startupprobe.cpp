#include "startupprobe.h"

#include "jsonview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace {

qint64 nanoseconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Milliseconds since the process started, from /proc/self/stat (field 22,
// clock ticks after boot); -1 where that is not available.
double sinceStartMilliseconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = fields.at(19).toDouble();
    const double perSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    return static_cast<double>(nanoseconds(CLOCK_BOOTTIME)) / 1e6 - ticks * 1000.0 / perSecond;
}

class Probe : public QObject
{
public:
    explicit Probe(JsonView *target)
        : QObject(target)
        , m_target(target)
    {
        target->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && (!m_target->text().isEmpty() || !m_target->banner().isEmpty())) {
            m_done = true;
            // Right after this paint has been done and flushed.
            QTimer::singleShot(0, this, [] {
                const qint64 monotonic = nanoseconds(CLOCK_MONOTONIC);
                const double since = sinceStartMilliseconds();
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                QTextStream(stdout) << "first-paint since-start-ms=" << QString::number(since, 'f', 0)
                                    << " monotonic-ns=" << monotonic << " max-rss-kb=" << usage.ru_maxrss << '\n';
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    JsonView *m_target;
    bool m_done = false;
};

} // namespace

void StartupProbe::install(JsonView *target)
{
    if (target && qEnvironmentVariableIsSet("OCISTUDIO_STARTUP_PROBE"))
        new Probe(target);
}
