// `ocispec validate` and `ocispec diff` as a user runs them: exit statuses,
// what goes to stdout and what to stderr (shared/reference/cli.md).

#include "json.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(OCISTUDIO_FIXTURES_DIR) + u'/' + relative;
}

QString host()
{
    return fixture(QStringLiteral("host.json"));
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ocispec(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(OCISTUDIO_BIN_DIR "/ocispec"), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool parses(const QByteArray &text, oci::json::Value &out)
{
    oci::json::ParseError error;
    return oci::json::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), out, error);
}

} // namespace

class TestCliValidateDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &contents)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(contents);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase();
    void validateExit_data();
    void validateExit();
    void validateJson();
    void diffExit_data();
    void diffExit();
    void diffOutputs();
};

void TestCliValidateDiff::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(OCISTUDIO_BIN_DIR "/ocispec")));
    QVERIFY(m_dir.isValid());
}

void TestCliValidateDiff::validateExit_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrHas");
    const QString bad = write(QStringLiteral("bad.json"), R"({"ociVersion":"1.0.2","root":{"path":"r"},
        "process":{"cwd":"relative","args":["sh"]}})");
    const QString broken = write(QStringLiteral("broken.json"), R"({"ociVersion":)");
    const QString wrongType = write(QStringLiteral("type.json"), R"({"ociVersion":"1.0.2","process":{"cwd":7}})");
    QTest::addRow("Docker's spec") << QStringList {QStringLiteral("validate"),
        fixture(QStringLiteral("plugin/minimal/config.json"))}
                                   << 0 << QByteArray("note schema-version");
    QTest::addRow("a scenario") << QStringList {QStringLiteral("validate"),
        fixture(QStringLiteral("container/privileged/case.json")), QStringLiteral("--host"), host()}
                                << 0 << QByteArray();
    QTest::addRow("a refused scenario")
        << QStringList{QStringLiteral("validate"), fixture(QStringLiteral("container/caps-unknown/case.json")),
                       QStringLiteral("--host"), host()}
        << 1 << QByteArray("/hostConfig/CapAdd/0: error capability-unknown:");
    QTest::addRow("a rule broken") << QStringList{QStringLiteral("validate"), bad} << 1
                                   << QByteArray("bad.json:/process/cwd: error process-cwd-relative:");
    QTest::addRow("malformed JSON") << QStringList {QStringLiteral("validate"), broken} << 2
                                    << QByteArray("error parse");
    QTest::addRow("wrong JSON type") << QStringList{QStringLiteral("validate"), wrongType} << 2
                                     << QByteArray("/process/cwd");
    QTest::addRow("missing schema folder")
        << QStringList{QStringLiteral("validate"), fixture(QStringLiteral("plugin/minimal/config.json")),
                       QStringLiteral("--schema-dir"), m_dir.filePath(QStringLiteral("none"))}
        << 2 << QByteArray("schema-unavailable");
    QTest::addRow("bad format") << QStringList {QStringLiteral("validate"), bad, QStringLiteral("--format"),
        QStringLiteral("xml")} << 2
                                << QByteArray("--format");
    QTest::addRow("no input") << QStringList{QStringLiteral("validate")} << 2 << QByteArray("INPUT");
}

void TestCliValidateDiff::validateExit()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrHas);
    const Run r = ocispec(args);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(r.err.contains(stderrHas), r.err.constData());
    // stdout has only the summary line; every diagnostic is on stderr.
    QVERIFY2(!r.out.contains(": error ") && !r.out.contains(": warning ") && !r.out.contains(": note "),
             r.out.constData());
    if (exitCode < 2)
        QVERIFY2(r.out.contains(exitCode ? QByteArray(" error") : QByteArray("0 errors")), r.out.constData());
}

void TestCliValidateDiff::validateJson()
{
    const Run r = ocispec({QStringLiteral("validate"), fixture(QStringLiteral("plugin/rclone-like/case.json")),
                           QStringLiteral("--host"), host(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    oci::json::Value v;
    QVERIFY2(parses(r.out, v), r.out.constData());
    QVERIFY(v.isArray());
    QVERIFY(v.size() > 0);
    bool rshared = false;
    for (const auto &d : v.items()) {
        for (const char *key : {"severity", "code", "message", "specPointer", "inputPointer", "file"})
            QVERIFY2(d.find(key) && d.find(key)->isString(), key);
        if (d.find("code")->text() == "rootfs-propagation-recursive") {
            rshared = true;
            QCOMPARE(d.find("severity")->text(), std::string("warning"));
            QCOMPARE(d.find("specPointer")->text(), std::string("/linux/rootfsPropagation"));
            QCOMPARE(d.find("inputPointer")->text(), std::string("/manifest/propagatedMount"));
        }
    }
    QVERIFY(rshared);
    QVERIFY(!r.err.contains("warning rootfs-propagation-recursive"));
}

void TestCliValidateDiff::diffExit_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString minimal = fixture(QStringLiteral("plugin/minimal/config.json"));
    QTest::addRow("equal files") << QStringList{QStringLiteral("diff"), minimal, minimal} << 0;
    QTest::addRow("a scenario and the spec Docker made of it")
        << QStringList{QStringLiteral("diff"), fixture(QStringLiteral("container/nginx-basic/case.json")),
                       fixture(QStringLiteral("container/nginx-basic/config.json")), QStringLiteral("--host"), host()}
        << 0;
    QTest::addRow("different") << QStringList{QStringLiteral("diff"), QStringLiteral("docker-default"), minimal} << 1;
    QTest::addRow("json-patch, different")
        << QStringList{QStringLiteral("diff"), QStringLiteral("docker-default"), minimal, QStringLiteral("--format"),
                       QStringLiteral("json-patch")}
        << 1;
    QTest::addRow("json-patch, equal") << QStringList {QStringLiteral("diff"), minimal, minimal,
        QStringLiteral("--format"), QStringLiteral("json-patch")}
                                       << 0;
    QTest::addRow("missing file") << QStringList {QStringLiteral("diff"), minimal,
        m_dir.filePath(QStringLiteral("nope.json"))}
                                  << 2;
    QTest::addRow("refused input")
        << QStringList{QStringLiteral("diff"), fixture(QStringLiteral("container/caps-unknown/case.json")), minimal,
                       QStringLiteral("--host"), host()}
        << 2;
    QTest::addRow("one operand") << QStringList{QStringLiteral("diff"), minimal} << 2;
    QTest::addRow("bad format") << QStringList{QStringLiteral("diff"), minimal, minimal, QStringLiteral("--format"),
                                               QStringLiteral("side-by-side")}
                                << 2;
}

void TestCliValidateDiff::diffExit()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = ocispec(args);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (exitCode == 0)
        QVERIFY(r.out.isEmpty() || r.out == "[]\n");
    if (exitCode == 2)
        QVERIFY(r.out.isEmpty());
}

void TestCliValidateDiff::diffOutputs()
{
    const QString spec = fixture(QStringLiteral("plugin/rclone-like/config.json"));
    const Run unified = ocispec({QStringLiteral("diff"), QStringLiteral("docker-default"), spec});
    QCOMPARE(unified.exitCode, 1);
    QVERIFY(unified.out.startsWith("--- docker-default\n+++ " + spec.toUtf8() + "\n@@ -"));
    QVERIFY(unified.out.contains("\n+    \"rootfsPropagation\": \"rshared\""));

    const Run patch = ocispec({QStringLiteral("diff"), QStringLiteral("docker-default"), spec,
        QStringLiteral("--format"), QStringLiteral("json-patch")});
    QCOMPARE(patch.exitCode, 1);
    oci::json::Value ops;
    QVERIFY(parses(patch.out, ops));
    QVERIFY(ops.isArray() && ops.size() > 0);
    bool propagation = false;
    for (const auto &op : ops.items())
        propagation = propagation
            || (op.find("path")->text() == "/linux/rootfsPropagation" && op.find("op")->text() == "add");
    QVERIFY(propagation);
}

QTEST_GUILESS_MAIN(TestCliValidateDiff)
#include "tst_cli_validate_diff.moc"
