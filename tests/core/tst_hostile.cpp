// Hostile input through the real `ocispec` binary: every case ends in a
// located error (exit 2) or, where Go accepts the input, in Go's result —
// never in a crash or a hang.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kOcispec = QStringLiteral(OCISTUDIO_BIN_DIR "/ocispec");
const QString kHost = QStringLiteral(OCISTUDIO_FIXTURES_DIR "/host.json");

QByteArray plugin(const QByteArray &manifest)
{
    return QByteArrayLiteral(R"({"kind":"plugin","id":"abc","rootfs":"/r/rootfs","execRoot":"/run/docker/plugins","manifest":)")
        + manifest + QByteArrayLiteral("}");
}

struct Run {
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;
};

Run ocispec(const QStringList &args)
{
    QProcess p;
    p.start(kOcispec, args);
    Run r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kOcispec), "build ocispec first");
        QVERIFY(m_dir.isValid());
    }

    void refusedWithLocation_data()
    {
        QTest::addColumn<QByteArray>("contents");
        // The location the message must carry: LINE:COLUMN or a JSON pointer.
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("100000-deep nesting") << QByteArray(100000, '[') << QStringLiteral(":1:1001:")
                                            << QStringLiteral("max depth");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral(":1:1:") << QStringLiteral("unexpected end");
        QTest::addRow("only whitespace") << QByteArray("\n\n  ") << QStringLiteral(":3:3:")
                                         << QStringLiteral("unexpected end");
        QTest::addRow("invalid UTF-8") << plugin("{\"description\":\"a\xff\"}") << QStringLiteral(":1:")
                                       << QStringLiteral("UTF-8");
        QTest::addRow("NUL in string") << plugin(QByteArray("{\"description\":\"a\0b\"}", 21)) << QStringLiteral(":1:")
                                       << QStringLiteral("invalid character");
        QTest::addRow("NUL outside strings") << QByteArray("{\"kind\":\0}", 10) << QStringLiteral(":1:9:")
                                             << QStringLiteral("invalid character");
        QTest::addRow("uid above 2^32") << plugin(R"({"user":{"uid":4294967296}})")
                                        << QStringLiteral(":/manifest/user/uid:") << QStringLiteral("out of range");
        QTest::addRow("negative uid") << plugin(R"({"user":{"uid":-1}})") << QStringLiteral(":/manifest/user/uid:")
                                      << QStringLiteral("uint32");
        QTest::addRow("1e400") << plugin(R"({"user":{"gid":1e400}})") << QStringLiteral(":/manifest/user/gid:")
                               << QStringLiteral("1e400");
        QTest::addRow("wrong type at top") << QByteArray("[1,2]") << QString() << QStringLiteral("not a scenario");
        QTest::addRow("wrong type: manifest") << plugin(R"("x")") << QStringLiteral(":/manifest:")
                                              << QStringLiteral("cannot unmarshal string");
        QTest::addRow("wrong type: nested") << plugin(R"({"interface":{"types":[1]}})")
                                            << QStringLiteral(":/manifest/interface/types/0:")
                                            << QStringLiteral("cannot unmarshal number");
        QTest::addRow("wrong type: set") << QByteArray(R"({"kind":"plugin","set":"x=1"})") << QStringLiteral(":/set:")
                                         << QStringLiteral("cannot unmarshal string");
        QTest::addRow("bad kind") << QByteArray(R"({"kind":"pod"})") << QStringLiteral(":/kind:")
                                  << QStringLiteral("kind");
        QTest::addRow("trailing garbage") << QByteArray("{} x") << QStringLiteral(":1:4:")
                                          << QStringLiteral("after top-level value");
    }

    void refusedWithLocation()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, location);
        QFETCH(QString, messagePart);
        const QString path = write(QStringLiteral("input.json"), contents);
        const Run r = ocispec({QStringLiteral("build"), path, QStringLiteral("--host"), kHost});
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(path), qPrintable(err));
        if (!location.isEmpty())
            QVERIFY2(err.contains(path + location), qPrintable(err));
        QVERIFY2(err.contains(messagePart, Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(": error ")), qPrintable(err));
    }

    // Refused before it is read, so memory stays bounded by the 64 MiB limit.
    void hundredMegabytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray chunk(1 << 20, ' ');
            for (int i = 0; i < 100; ++i)
                QCOMPARE(f.write(chunk), qint64(chunk.size()));
            f.write("{}");
        }
        const Run r = ocispec({QStringLiteral("build"), path, QStringLiteral("--host"), kHost});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("MiB"), r.err.constData());
        QFile::remove(path);
    }

    void directoryAsFile()
    {
        const Run r = ocispec({QStringLiteral("build"), m_dir.path(), QStringLiteral("--host"), kHost});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("directory"), r.err.constData());
    }

    void missingFile()
    {
        const Run r = ocispec({QStringLiteral("build"), m_dir.filePath(QStringLiteral("nothere.json"))});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No such file"), r.err.constData());
    }

    void byteOrderMarkIsAccepted()
    {
        const QString path = write(QStringLiteral("bom.json"), QByteArray("\xEF\xBB\xBF") + plugin(R"({"entrypoint":["/p"]})"));
        const Run r = ocispec({QStringLiteral("build"), path, QStringLiteral("--host"), kHost});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\n  \"ociVersion\": \"1.3.0\""));
    }

    // Go applies duplicate keys in order: the last scalar wins.
    void duplicateKeysKeepTheLast()
    {
        const QString path = write(QStringLiteral("dup.json"), plugin(R"({"entrypoint":["/p"],"workdir":"/a","WorkDir":"/b"})"));
        const Run r = ocispec({QStringLiteral("build"), path, QStringLiteral("--host"), kHost, QStringLiteral("--format"),
                               QStringLiteral("compact")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"cwd\":\"/b\""), r.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList();
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::addRow("unknown option") << QStringList{QStringLiteral("build"), QStringLiteral("x"), QStringLiteral("--nope")};
        QTest::addRow("missing value") << QStringList{QStringLiteral("build"), QStringLiteral("x"), QStringLiteral("--host")};
        QTest::addRow("bad format") << QStringList{QStringLiteral("build"), QStringLiteral("x"), QStringLiteral("--format"),
                                                   QStringLiteral("yaml")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = ocispec(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
