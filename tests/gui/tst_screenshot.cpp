// `ocistudio --screenshot FILE [DOCUMENT]`: the installed binary renders its
// main window offscreen to a 1400x900 PNG and exits, in either palette.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString ocistudio()
{
    return QStringLiteral(OCISTUDIO_BIN_DIR "/ocistudio");
}

// Mean luminance of a sample of pixels, 0 (black) to 255 (white).
double meanLuminance(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += qGray(image.pixel(x, y));
            ++n;
        }
    }
    return n ? sum / n : 0;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshot_data();
    void screenshot();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    QTemporaryDir m_dir;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(ocistudio()).isExecutable(), qPrintable(ocistudio()));
}

void TestScreenshot::screenshot_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("document");
    const QString nginx = QStringLiteral(OCISTUDIO_FIXTURES_DIR "/container/nginx-basic/case.json");
    QTest::addRow("example-light") << QStringLiteral("light") << QString();
    QTest::addRow("example-dark") << QStringLiteral("dark") << QString();
    QTest::addRow("container-light") << QStringLiteral("light") << nginx;
    QTest::addRow("container-dark") << QStringLiteral("dark") << nginx;
}

void TestScreenshot::screenshot()
{
    QFETCH(QString, scheme);
    QFETCH(QString, document);
    const QString png = m_dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QStringList args{QStringLiteral("--color-scheme"), scheme, QStringLiteral("--screenshot"), png};
    if (!document.isEmpty())
        args << document;
    QProcess p;
    // Whatever the caller's platform: the option itself must pick offscreen.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(ocistudio(), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 900));
    // A rendered window, not a blank rectangle: text, icons, highlighting.
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
    const double luminance = meanLuminance(image);
    if (scheme == QLatin1String("dark"))
        QVERIFY2(luminance < 90, qPrintable(QString::number(luminance)));
    else
        QVERIFY2(luminance > 170, qPrintable(QString::number(luminance)));
}

void TestScreenshot::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString png = QStringLiteral("unused.png");
    QTest::addRow("bad scheme") << QStringList{QStringLiteral("--color-scheme"), QStringLiteral("purple"),
                                               QStringLiteral("--screenshot"), png}
                                << QStringLiteral("purple");
    QTest::addRow("missing document") << QStringList{QStringLiteral("--screenshot"), png,
                                                     QStringLiteral("/nonexistent/x.ocispec.json")}
                                      << QStringLiteral("x.ocispec.json: cannot open");
}

void TestScreenshot::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(ocistudio(), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(message));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused.png"))));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
