// The JSON document model (json.cpp) and Go's decoding rules (godecode.cpp):
// located parse errors worded as Go's scanner words them, duplicate keys,
// case folding, merge semantics of duplicates, type and range errors.

#include "godecode.h"
#include "gojson.h"
#include "json.h"

#include <QtTest>

#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace oci;

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string str(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

} // namespace

// A small Go-like model for the decoding rules, independent of the spec types.
namespace sample {

struct Item {
    std::string name;
    std::int64_t n = 0;
    std::vector<std::string> tags;
};

struct Doc {
    std::string title;
    bool flag = false;
    std::int32_t i32 = 0;
    std::int64_t i64 = 0;
    std::uint16_t u16 = 0;
    std::uint32_t uid = 0;
    std::uint64_t big = 0;
    double f = 0;
    std::vector<std::string> list;
    std::vector<Item> items;
    std::optional<Item> ptr;
    std::optional<std::int64_t> count;
    std::map<std::string, std::string> labels;
    std::map<std::string, Item> byName;
};

using godecode::decode;

void decode(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, Item &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"name", "n", "tags"});
    godecode::decodeStruct(d, v, path, "sample.Item", fields, [&](int f, const json::Value &e, const godecode::Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.name);
            break;
        case 1:
            decode(d, e, p, out.n);
            break;
        case 2:
            decode(d, e, p, out.tags);
            break;
        }
    });
}

void decode(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, Doc &out)
{
    static constexpr auto fields = std::to_array<std::string_view>(
        {"title", "flag", "i32", "i64", "u16", "uid", "big", "f", "list", "items", "ptr", "count", "labels", "byName"});
    godecode::decodeStruct(d, v, path, "sample.Doc", fields, [&](int f, const json::Value &e, const godecode::Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.title);
            break;
        case 1:
            decode(d, e, p, out.flag);
            break;
        case 2:
            decode(d, e, p, out.i32);
            break;
        case 3:
            decode(d, e, p, out.i64);
            break;
        case 4:
            decode(d, e, p, out.u16);
            break;
        case 5:
            decode(d, e, p, out.uid);
            break;
        case 6:
            decode(d, e, p, out.big);
            break;
        case 7:
            decode(d, e, p, out.f);
            break;
        case 8:
            decode(d, e, p, out.list);
            break;
        case 9:
            decode(d, e, p, out.items);
            break;
        case 10:
            decode(d, e, p, out.ptr);
            break;
        case 11:
            decode(d, e, p, out.count);
            break;
        case 12:
            decode(d, e, p, out.labels);
            break;
        case 13:
            decode(d, e, p, out.byName);
            break;
        }
    });
}

// The decoded state as compact JSON (zero values omitted), for comparison.
void put(std::string &out, const std::vector<std::string> &v)
{
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i)
            out.push_back(',');
        gojson::appendString(out, v[i]);
    }
    out.push_back(']');
}

void put(std::string &out, const Item &item)
{
    out.append("{\"name\":");
    gojson::appendString(out, item.name);
    out.append(",\"n\":");
    gojson::appendInt(out, item.n);
    if (!item.tags.empty()) {
        out.append(",\"tags\":");
        put(out, item.tags);
    }
    out.push_back('}');
}

std::string state(const Doc &doc)
{
    std::string out = "{";
    auto key = [&](const char *k) {
        if (out.size() > 1)
            out.push_back(',');
        out.push_back('"');
        out.append(k);
        out.append("\":");
    };
    if (!doc.title.empty())
        key("title"), gojson::appendString(out, doc.title);
    if (doc.flag)
        key("flag"), out.append("true");
    if (doc.i32)
        key("i32"), gojson::appendInt(out, doc.i32);
    if (doc.i64)
        key("i64"), gojson::appendInt(out, doc.i64);
    if (doc.u16)
        key("u16"), gojson::appendUint(out, doc.u16);
    if (doc.uid)
        key("uid"), gojson::appendUint(out, doc.uid);
    if (doc.big)
        key("big"), gojson::appendUint(out, doc.big);
    if (doc.f != 0)
        key("f"), out.append(QByteArray::number(doc.f).toStdString());
    if (!doc.list.empty())
        key("list"), put(out, doc.list);
    if (!doc.items.empty()) {
        key("items");
        out.push_back('[');
        for (std::size_t i = 0; i < doc.items.size(); ++i) {
            if (i)
                out.push_back(',');
            put(out, doc.items[i]);
        }
        out.push_back(']');
    }
    if (doc.ptr)
        key("ptr"), put(out, *doc.ptr);
    if (doc.count)
        key("count"), gojson::appendInt(out, *doc.count);
    if (!doc.labels.empty()) {
        key("labels");
        out.push_back('{');
        bool first = true;
        for (const auto &[k, v] : doc.labels) {
            if (!first)
                out.push_back(',');
            first = false;
            gojson::appendString(out, k);
            out.push_back(':');
            gojson::appendString(out, v);
        }
        out.push_back('}');
    }
    if (!doc.byName.empty()) {
        key("byName");
        out.push_back('{');
        bool first = true;
        for (const auto &[k, v] : doc.byName) {
            if (!first)
                out.push_back(',');
            first = false;
            gojson::appendString(out, k);
            out.push_back(':');
            put(out, v);
        }
        out.push_back('}');
    }
    out.push_back('}');
    return out;
}

} // namespace sample

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseErrors_data();
    void parseErrors();
    void parseValues_data();
    void parseValues();
    void invalidUtf8_data();
    void invalidUtf8();
    void bom();
    void depthLimit_data();
    void depthLimit();
    void duplicateKeys();
    void findFold_data();
    void findFold();
    void offsetsAndLocate();
    void pointers_data();
    void pointers();
    void goDecode_data();
    void goDecode();
    void goDecodeErrors_data();
    void goDecodeErrors();
    void parseNumbers_data();
    void parseNumbers();
    void didYouMean_data();
    void didYouMean();
    void pathPointers();
};

void TestJson::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // Messages as Go's encoding/json scanner words them; the position is the
    // offending byte (Go's SyntaxError.Offset counts it, so the column of a
    // one-line input equals Go's offset).
    QTest::addRow("bad literal") << QByteArray(R"({"a": tru})")
                                 << QStringLiteral("invalid character '}' in literal true (expecting 'e')") << 1 << 10;
    QTest::addRow("trailing comma in array")
        << QByteArray("[1,2,]") << QStringLiteral("invalid character ']' looking for beginning of value") << 1 << 6;
    QTest::addRow("trailing comma in object")
        << QByteArray(R"({"a":1,})") << QStringLiteral("invalid character '}' looking for beginning of object key string")
        << 1 << 8;
    QTest::addRow("unterminated string") << QByteArray(R"("abc)") << QStringLiteral("unexpected end of JSON input") << 1 << 5;
    QTest::addRow("NUL in string") << QByteArray("\"a\0b\"", 5) << QStringLiteral("invalid character '\\x00' in string literal")
                                   << 1 << 3;
    QTest::addRow("newline in string") << QByteArray("\"a\nb\"") << QStringLiteral("invalid character '\\n' in string literal")
                                       << 1 << 3;
    QTest::addRow("multi-line") << QByteArray("{\n  \"a\": 1,\n  \"b\": x\n}")
                                << QStringLiteral("invalid character 'x' looking for beginning of value") << 3 << 8;
    QTest::addRow("missing colon") << QByteArray(R"({"a" 1})") << QStringLiteral("invalid character '1' after object key")
                                   << 1 << 6;
    QTest::addRow("missing comma in array")
        << QByteArray("[1 2]") << QStringLiteral("invalid character '2' after array element") << 1 << 4;
    QTest::addRow("missing comma in object")
        << QByteArray(R"({"a":1 "b":2})") << QStringLiteral("invalid character '\"' after object key:value pair") << 1 << 8;
    QTest::addRow("leading zero") << QByteArray("01") << QStringLiteral("invalid character '1' after top-level value") << 1 << 2;
    QTest::addRow("minus alone") << QByteArray("-x") << QStringLiteral("invalid character 'x' in numeric literal") << 1 << 2;
    QTest::addRow("minus in array") << QByteArray("[-]") << QStringLiteral("invalid character ']' in numeric literal") << 1 << 3;
    QTest::addRow("empty fraction")
        << QByteArray("1.e5") << QStringLiteral("invalid character 'e' after decimal point in numeric literal") << 1 << 3;
    QTest::addRow("exponent at end")
        << QByteArray("1e+") << QStringLiteral("invalid character ' ' in exponent of numeric literal") << 1 << 4;
    QTest::addRow("literal at end")
        << QByteArray("nul") << QStringLiteral("invalid character ' ' in literal null (expecting 'l')") << 1 << 4;
    QTest::addRow("bad escape") << QByteArray(R"("\x")") << QStringLiteral("invalid character 'x' in string escape code")
                                << 1 << 3;
    QTest::addRow("bad unicode escape")
        << QByteArray(R"("\u12G4")") << QStringLiteral("invalid character 'G' in \\u hexadecimal character escape") << 1 << 6;
    QTest::addRow("unicode escape at end")
        << QByteArray(R"("\u12)") << QStringLiteral("invalid character ' ' in \\u hexadecimal character escape") << 1 << 6;
    QTest::addRow("empty input") << QByteArray("") << QStringLiteral("unexpected end of JSON input") << 1 << 1;
    QTest::addRow("only spaces") << QByteArray(" \n ") << QStringLiteral("unexpected end of JSON input") << 2 << 2;
    QTest::addRow("unclosed object") << QByteArray("{\"a\":1") << QStringLiteral("unexpected end of JSON input") << 1 << 7;
    QTest::addRow("unclosed array") << QByteArray("[") << QStringLiteral("unexpected end of JSON input") << 1 << 2;
    QTest::addRow("non-ASCII byte as its rune")
        << QByteArray("\xC3\xA9") << QStringLiteral("invalid character '\u00C3' looking for beginning of value") << 1 << 1;
    QTest::addRow("C1 byte") << QByteArray("\x85") << QStringLiteral("invalid character '\\u0085' looking for beginning of value")
                             << 1 << 1;
    QTest::addRow("DEL") << QByteArray("\x7f") << QStringLiteral("invalid character '\\x7f' looking for beginning of value") << 1
                         << 1;
    QTest::addRow("vertical tab") << QByteArray("\x0b") << QStringLiteral("invalid character '\\v' looking for beginning of value")
                                  << 1 << 1;
    QTest::addRow("single quote") << QByteArray("\t'") << QStringLiteral("invalid character '\\'' looking for beginning of value")
                                  << 1 << 2;
    QTest::addRow("backslash") << QByteArray("\\") << QStringLiteral("invalid character '\\\\' looking for beginning of value")
                               << 1 << 1;
    QTest::addRow("after top-level value") << QByteArray("{} x") << QStringLiteral("invalid character 'x' after top-level value")
                                           << 1 << 4;
    QTest::addRow("duplicate key missing value")
        << QByteArray(R"({"a":1,"a":})") << QStringLiteral("invalid character '}' looking for beginning of value") << 1 << 12;
    QTest::addRow("column counts bytes")
        << QByteArray("[\"\xC3\xA9\xE6\x97\xA5\", x]") << QStringLiteral("invalid character 'x' looking for beginning of value")
        << 1 << 11;
}

void TestJson::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    json::Value v;
    json::ParseError error;
    QVERIFY(!json::parse(str(input), v, error));
    QCOMPARE(QString::fromStdString(error.message), message);
    QCOMPARE(error.location.line, line);
    QCOMPARE(error.location.column, column);
    const json::Location again = json::locate(str(input), error.offset);
    QCOMPARE(again.line, line);
    QCOMPARE(again.column, column);
}

void TestJson::parseValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reencoded"); // gojson::appendValue of the result
    QTest::addRow("scalars") << QByteArray(R"([true,false,null,0,-0,1.5e-3,-12E+2,"s"])")
                             << QByteArray(R"([true,false,null,0,-0,1.5e-3,-12E+2,"s"])");
    QTest::addRow("whitespace") << QByteArray(" {\t\"a\" :\r\n [ ] , \"b\":{ } } ") << QByteArray(R"({"a":[],"b":{}})");
    QTest::addRow("escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t\u0041\u00e9\u2028")")
                             << QByteArray("\"\\\"\\\\/\\b\\f\\n\\r\\tA\xC3\xA9\\u2028\"");
    QTest::addRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::addRow("lone high surrogate") << QByteArray(R"("\ud800x")") << QByteArray("\"\xEF\xBF\xBDx\"");
    QTest::addRow("high then non-low escape") << QByteArray(R"("\ud800\u0041")") << QByteArray("\"\xEF\xBF\xBD" "A\"");
    QTest::addRow("lone low surrogate") << QByteArray(R"("\udc00")") << QByteArray("\"\xEF\xBF\xBD\"");
    QTest::addRow("two highs") << QByteArray(R"("\ud800\ud800\udc00")") << QByteArray("\"\xEF\xBF\xBD\xF0\x90\x80\x80\"");
    QTest::addRow("escaped NUL") << QByteArray(R"("a\u0000b")") << QByteArray(R"("a\u0000b")");
    QTest::addRow("DEL raw is fine") << QByteArray("\"\x7f\"") << QByteArray("\"\x7f\"");
    QTest::addRow("big numbers keep their text") << QByteArray("[18446744073709551616,1e400]")
                                                 << QByteArray("[18446744073709551616,1e400]");
}

void TestJson::parseValues()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reencoded);
    json::Value v;
    json::ParseError error;
    QVERIFY2(json::parse(str(input), v, error), error.message.c_str());
    std::string out;
    gojson::appendValue(out, v);
    QCOMPARE(bytes(out), reencoded);
}

void TestJson::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("text");
    const QByteArray fffd("\xEF\xBF\xBD");
    QTest::addRow("invalid byte") << QByteArray("\"a\xFF" "b\"") << QByteArray("a") + fffd + "b";
    QTest::addRow("truncated sequence") << QByteArray("\"\xE2\x82\"") << fffd + fffd;
    QTest::addRow("overlong") << QByteArray("\"\xC0\xAF\"") << fffd + fffd;
    QTest::addRow("utf-8 surrogate") << QByteArray("\"\xED\xA0\x80\"") << fffd + fffd + fffd;
    QTest::addRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << fffd + fffd + fffd + fffd;
    QTest::addRow("lone continuation") << QByteArray("\"\x80x\"") << fffd + "x";
    QTest::addRow("valid kept") << QByteArray("\"\xC3\xBC\xE6\x97\xA5\xF0\x9F\x98\x80\"")
                                << QByteArray("\xC3\xBC\xE6\x97\xA5\xF0\x9F\x98\x80");
    QTest::addRow("in a key") << QByteArray("{\"k\xFF\":1}") << QByteArray("k") + fffd;
}

void TestJson::invalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, text);
    json::Value v;
    json::ParseError error;
    QVERIFY2(json::parse(str(input), v, error), error.message.c_str());
    if (v.isObject())
        QCOMPARE(bytes(v.key(0)), text);
    else
        QCOMPARE(bytes(v.text()), text);
}

void TestJson::bom()
{
    json::Value v;
    json::ParseError error;
    QVERIFY(json::parse("\xEF\xBB\xBF{\"a\":1}", v, error));
    QVERIFY(v.isObject());
    QCOMPARE(v.find("a")->text(), std::string("1"));
    // Offsets and columns still count the BOM's bytes.
    QCOMPARE(v.offset(), 3u);
    QVERIFY(!json::parse("\xEF\xBB\xBF{x}", v, error));
    QCOMPARE(error.location.column, 5);
    // Only at the very start.
    QVERIFY(!json::parse(" \xEF\xBB\xBF{}", v, error));
}

void TestJson::depthLimit_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::addRow("arrays") << QByteArray("[") << QByteArray("]");
    QTest::addRow("objects") << QByteArray("{\"a\":") << QByteArray("}");
}

void TestJson::depthLimit()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    const int limit = json::ParseOptions{}.maxDepth;
    json::Value v;
    json::ParseError error;

    // 100000 unclosed brackets: a located error, not a stack overflow.
    const std::string deep = str(open.repeated(100000));
    QVERIFY(!json::parse(deep, v, error));
    QVERIFY2(error.message.find("exceeded max depth") != std::string::npos, error.message.c_str());
    QCOMPARE(error.offset, static_cast<std::size_t>(limit) * static_cast<std::size_t>(open.size()));

    const std::string atLimit = str(open.repeated(limit) + "1" + close.repeated(limit));
    QVERIFY2(json::parse(atLimit, v, error), error.message.c_str());
    const std::string overLimit = str(open.repeated(limit + 1) + "1" + close.repeated(limit + 1));
    QVERIFY(!json::parse(overLimit, v, error));

    json::ParseOptions shallow;
    shallow.maxDepth = 2;
    QVERIFY(json::parse(str(open.repeated(2) + "1" + close.repeated(2)), v, error, shallow));
    QVERIFY(!json::parse(str(open.repeated(3) + "1" + close.repeated(3)), v, error, shallow));
}

void TestJson::duplicateKeys()
{
    json::Value v;
    json::ParseError error;
    QVERIFY(json::parse(R"({"a":1,"b":2,"a":3,"A":4})", v, error));
    QCOMPARE(v.size(), std::size_t(4));
    QCOMPARE(v.keys(), (std::vector<std::string>{"a", "b", "a", "A"}));
    QCOMPARE(v.at(0).text(), std::string("1"));
    QCOMPARE(v.at(2).text(), std::string("3"));
    QCOMPARE(v.find("a")->text(), std::string("3")); // the last one
    QCOMPARE(v.find("A")->text(), std::string("4"));
    QVERIFY(v.find("c") == nullptr);
    QCOMPARE(json::resolvePointer(v, "/a")->text(), std::string("3"));

    // Equality compares members in order, duplicates included.
    json::Value w;
    QVERIFY(json::parse(R"({"a":1, "b":2, "a":3, "A":4})", w, error));
    QVERIFY(v == w);
    QVERIFY(json::parse(R"({"b":2,"a":1,"a":3,"A":4})", w, error));
    QVERIFY(!(v == w));
}

void TestJson::findFold_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expected"); // the found value's text, or "-" for none
    QTest::addRow("exact") << QByteArray(R"({"Cwd":"1"})") << QByteArray("Cwd") << QByteArray("1");
    QTest::addRow("folded") << QByteArray(R"({"CWD":"1"})") << QByteArray("cwd") << QByteArray("1");
    QTest::addRow("exact preferred over later fold") << QByteArray(R"({"ab":"1","AB":"2"})") << QByteArray("ab")
                                                     << QByteArray("1");
    QTest::addRow("last fold wins") << QByteArray(R"({"Ab":"1","aB":"2"})") << QByteArray("ab") << QByteArray("2");
    QTest::addRow("long s folds to s") << QByteArray("{\"\xC5\xBF" "eccomp\":\"1\"}") << QByteArray("seccomp") << QByteArray("1");
    QTest::addRow("Kelvin sign folds to k") << QByteArray("{\"\xE2\x84\xAA" "ernel\":\"1\"}") << QByteArray("KERNEL")
                                            << QByteArray("1");
    QTest::addRow("no fold of other letters") << QByteArray(R"({"x":"1"})") << QByteArray("y") << QByteArray("-");
    QTest::addRow("different length") << QByteArray(R"({"abc":"1"})") << QByteArray("ab") << QByteArray("-");
    QTest::addRow("underscore is not folded") << QByteArray(R"({"a_b":"1"})") << QByteArray("ab") << QByteArray("-");
    QTest::addRow("long s is not t") << QByteArray("{\"\xC5\xBF\":\"1\"}") << QByteArray("t") << QByteArray("-");
}

void TestJson::findFold()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expected);
    json::Value v;
    json::ParseError error;
    QVERIFY(json::parse(str(document), v, error));
    const json::Value *found = v.findFold(str(key));
    QCOMPARE(found ? bytes(found->text()) : QByteArray("-"), expected);
}

void TestJson::offsetsAndLocate()
{
    const std::string text = "{\n  \"a\": [1, \"x\"],\n  \"b\": null\n}";
    json::Value v;
    json::ParseError error;
    QVERIFY(json::parse(text, v, error));
    const json::Value *a = v.find("a");
    QCOMPARE(json::locate(text, a->offset()).line, 2);
    QCOMPARE(json::locate(text, a->offset()).column, 8);
    QCOMPARE(json::locate(text, a->at(1).offset()).column, 12);
    QCOMPARE(json::locate(text, v.find("b")->offset()).line, 3);
    QCOMPARE(json::locate(text, v.find("b")->offset()).column, 8);
    QCOMPARE(json::locate(text, text.size() + 10).line, 4); // clamped
}

void TestJson::pointers_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected"); // text of the value, or "-"
    QTest::addRow("root") << QByteArray("") << QByteArray("{root}");
    QTest::addRow("key") << QByteArray("/a") << QByteArray("{a}");
    QTest::addRow("escaped slash") << QByteArray("/a~1b") << QByteArray("1");
    QTest::addRow("escaped tilde") << QByteArray("/c~0d") << QByteArray("2");
    QTest::addRow("index") << QByteArray("/a/list/1") << QByteArray("y");
    QTest::addRow("index out of range") << QByteArray("/a/list/2") << QByteArray("-");
    QTest::addRow("invalid escape") << QByteArray("/c~2d") << QByteArray("-");
    QTest::addRow("dash") << QByteArray("/a/list/-") << QByteArray("-");
    QTest::addRow("no slash") << QByteArray("a") << QByteArray("-");
    QTest::addRow("into a scalar") << QByteArray("/a~1b/x") << QByteArray("-");
    QTest::addRow("empty key") << QByteArray("/") << QByteArray("3");
}

void TestJson::pointers()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    json::Value v;
    json::ParseError error;
    QVERIFY(json::parse(R"({"a":{"list":["x","y"]},"a/b":"1","c~d":"2","":"3"})", v, error));
    const json::Value *found = json::resolvePointer(v, str(pointer));
    QByteArray got = "-";
    if (found == &v)
        got = "{root}";
    else if (found == v.find("a"))
        got = "{a}";
    else if (found)
        got = bytes(found->text());
    QCOMPARE(got, expected);

    std::string built;
    json::appendPointerToken(built, "a/b~c");
    json::appendPointerIndex(built, 12);
    QCOMPARE(built, std::string("/a~1b~0c/12"));
    QCOMPARE(json::escapePointerToken("~/"), std::string("~0~1"));
}

void TestJson::goDecode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("state");

    QTest::addRow("fields match case-insensitively")
        << QByteArray(R"({"TITLE":"a","Uid":5,"byname":{"k":{"NAME":"n"}}})")
        << QByteArray(R"({"title":"a","uid":5,"byName":{"k":{"name":"n","n":0}}})");
    QTest::addRow("Go's Unicode folding: long s") << QByteArray("{\"li\xC5\xBFt\":[\"a\"],\"bIG\":2}")
                                                  << QByteArray(R"({"big":2,"list":["a"]})");
    QTest::addRow("later scalar replaces") << QByteArray(R"({"title":"a","Title":"b","uid":1,"UID":2})")
                                           << QByteArray(R"({"title":"b","uid":2})");
    QTest::addRow("later object merges")
        << QByteArray(R"({"ptr":{"name":"x","n":1,"tags":["a"]},"Ptr":{"n":2}})")
        << QByteArray(R"({"ptr":{"name":"x","n":2,"tags":["a"]}})");
    QTest::addRow("later array decodes into existing elements, then truncates")
        << QByteArray(R"({"items":[{"name":"a","n":1},{"name":"b"}],"items":[{"n":5}]})")
        << QByteArray(R"({"items":[{"name":"a","n":5}]})");
    QTest::addRow("longer array extends")
        << QByteArray(R"({"items":[{"name":"a"}],"items":[{"n":1},{"n":2}]})")
        << QByteArray(R"({"items":[{"name":"a","n":1},{"name":"","n":2}]})");
    QTest::addRow("truncated elements come back")
        << QByteArray(R"({"items":[{"name":"a"},{"name":"b","n":2,"tags":["t"]}],"items":[{"n":5}],"items":[{},{"n":3}]})")
        << QByteArray(R"({"items":[{"name":"a","n":5},{"name":"b","n":3,"tags":["t"]}]})");
    QTest::addRow("truncated strings come back under null")
        << QByteArray(R"({"list":["a","b","c"],"list":["x"],"list":[null,null]})") << QByteArray(R"({"list":["x","b"]})");
    QTest::addRow("tails of nested slices")
        << QByteArray(R"({"ptr":{"tags":["a","b"]},"ptr":{"tags":["c"]},"ptr":{"tags":["d",null]}})")
        << QByteArray(R"({"ptr":{"name":"","n":0,"tags":["d","b"]}})");
    QTest::addRow("empty array drops the backing array")
        << QByteArray(R"({"list":["a","b"],"list":[],"list":[null,"d"]})") << QByteArray(R"({"list":["","d"]})");
    QTest::addRow("null drops the backing array")
        << QByteArray(R"({"list":["a","b"],"list":["x"],"list":null,"list":[null,"d"]})") << QByteArray(R"({"list":["","d"]})");
    QTest::addRow("null pointer drops nested tails")
        << QByteArray(R"({"ptr":{"tags":["a","b"]},"ptr":{"tags":["c"]},"ptr":null,"ptr":{"tags":[null,"e"]}})")
        << QByteArray(R"({"ptr":{"name":"","n":0,"tags":["","e"]}})");
    QTest::addRow("null clears slices and maps, leaves scalars")
        << QByteArray(R"({"list":["x"],"title":"t","uid":3,"flag":true,"labels":{"a":"1"},"list":null,"title":null,"uid":null,"flag":null,"labels":null})")
        << QByteArray(R"({"title":"t","flag":true,"uid":3})");
    QTest::addRow("null resets pointers")
        << QByteArray(R"({"ptr":{"name":"x"},"count":0,"ptr":null,"count":null})") << QByteArray("{}");
    QTest::addRow("pointer to zero is kept") << QByteArray(R"({"count":0})") << QByteArray(R"({"count":0})");
    QTest::addRow("null element in an array") << QByteArray(R"({"items":[null,{"n":1}]})")
                                              << QByteArray(R"({"items":[{"name":"","n":0},{"name":"","n":1}]})");
    QTest::addRow("maps add entries, values are fresh")
        << QByteArray(R"({"labels":{"a":"1"},"labels":{"b":"2","a":"3"},"byName":{"k":{"name":"x","n":1}},"byName":{"k":{"n":2}}})")
        << QByteArray(R"({"labels":{"a":"3","b":"2"},"byName":{"k":{"name":"","n":2}}})");
    QTest::addRow("map null value is a zero entry") << QByteArray(R"({"labels":{"a":"1"},"labels":{"a":null}})")
                                                    << QByteArray(R"({"labels":{"a":""}})");
    QTest::addRow("numbers at the limits")
        << QByteArray(R"({"i32":-2147483648,"i64":9223372036854775807,"u16":65535,"uid":4294967295,"big":18446744073709551615})")
        << QByteArray(R"({"i32":-2147483648,"i64":9223372036854775807,"u16":65535,"uid":4294967295,"big":18446744073709551615})");
    QTest::addRow("minus zero") << QByteArray(R"({"i64":-0,"f":-0.5})") << QByteArray(R"({"f":-0.5})");
    QTest::addRow("float forms") << QByteArray(R"({"f":1e2})") << QByteArray(R"({"f":100})");
    QTest::addRow("errors leave the old value and decoding goes on")
        << QByteArray(R"({"uid":7,"uid":"x","title":"ok","big":-1,"big":2})") << QByteArray(R"({"title":"ok","uid":7,"big":2})");
}

void TestJson::goDecode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, state);
    const std::string text = str(input);
    json::Value v;
    json::ParseError error;
    QVERIFY2(json::parse(text, v, error), error.message.c_str());
    Diagnostics diagnostics;
    godecode::Decoder d(text, "doc.json", diagnostics);
    sample::Doc doc;
    sample::decode(d, v, godecode::Path(), doc);
    QCOMPARE(bytes(sample::state(doc)), state);
    for (const Diagnostic &diag : diagnostics)
        QVERIFY2(diag.code != "unknown-key", diag.format().c_str());
}

void TestJson::goDecodeErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // "severity code pointer line:column", one per diagnostic

    QTest::addRow("uid above uint32") << QByteArray("{\n  \"uid\": 4294967296\n}")
                                      << QStringLiteral("error decode-range /uid 2:10");
    QTest::addRow("-1 into uint64") << QByteArray(R"({"big":-1})") << QStringLiteral("error decode-type /big 1:8");
    QTest::addRow("2^64 into uint64") << QByteArray(R"({"big":18446744073709551616})")
                                      << QStringLiteral("error decode-range /big 1:8");
    QTest::addRow("1e400 into int64") << QByteArray(R"({"i64":1e400})") << QStringLiteral("error decode-type /i64 1:8");
    QTest::addRow("1e400 into float64") << QByteArray(R"({"f":1e400})") << QStringLiteral("error decode-range /f 1:6");
    QTest::addRow("-1e400 into float64") << QByteArray(R"({"f":-1e400})") << QStringLiteral("error decode-range /f 1:6");
    QTest::addRow("1.5 into int64") << QByteArray(R"({"i64":1.5})") << QStringLiteral("error decode-type /i64 1:8");
    QTest::addRow("1e2 into int64") << QByteArray(R"({"i64":1e2})") << QStringLiteral("error decode-type /i64 1:8");
    QTest::addRow("2^63 into int64") << QByteArray(R"({"i64":9223372036854775808})")
                                     << QStringLiteral("error decode-range /i64 1:8");
    QTest::addRow("int32 overflow") << QByteArray(R"({"i32":-2147483649})") << QStringLiteral("error decode-range /i32 1:8");
    QTest::addRow("uint16 overflow") << QByteArray(R"({"u16":65536})") << QStringLiteral("error decode-range /u16 1:8");
    QTest::addRow("string into number") << QByteArray(R"({"uid":"5"})") << QStringLiteral("error decode-type /uid 1:8");
    QTest::addRow("number into string") << QByteArray(R"({"title":5})") << QStringLiteral("error decode-type /title 1:10");
    QTest::addRow("object into slice") << QByteArray(R"({"list":{}})") << QStringLiteral("error decode-type /list 1:9");
    QTest::addRow("array into struct") << QByteArray(R"({"ptr":[]})") << QStringLiteral("error decode-type /ptr 1:8");
    QTest::addRow("array into map") << QByteArray(R"({"labels":[]})") << QStringLiteral("error decode-type /labels 1:11");
    QTest::addRow("not an object at the root") << QByteArray("[1]") << QStringLiteral("error decode-type  1:1");
    QTest::addRow("nested pointer") << QByteArray(R"({"items":[{},{"tags":[1]}]})")
                                    << QStringLiteral("error decode-type /items/1/tags/0 1:23");
    QTest::addRow("pointer keeps the key as written")
        << QByteArray(R"({"Items":[{"N":"x"}]})") << QStringLiteral("error decode-type /Items/0/N 1:16");
    QTest::addRow("pointer escapes") << QByteArray(R"({"byName":{"a/b":{"n":true}}})")
                                     << QStringLiteral("error decode-type /byName/a~1b/n 1:23");
    QTest::addRow("all errors reported") << QByteArray(R"({"uid":-1,"i32":"x","flag":1})")
                                         << QStringLiteral("error decode-type /uid 1:8\n"
                                                           "error decode-type /i32 1:17\n"
                                                           "error decode-type /flag 1:28");
    QTest::addRow("unknown key with suggestion")
        << QByteArray(R"({"titel":"x"})") << QStringLiteral("warning unknown-key /titel 1:10 did you mean \"title\"?");
    QTest::addRow("unknown key, case and typo")
        << QByteArray(R"({"ITEMZ":[]})") << QStringLiteral("warning unknown-key /ITEMZ 1:10 did you mean \"items\"?");
    QTest::addRow("unknown key without suggestion")
        << QByteArray(R"({"zzzzzz":1})") << QStringLiteral("warning unknown-key /zzzzzz 1:11");
    QTest::addRow("unknown nested key") << QByteArray(R"({"ptr":{"nam":"x"}})")
                                        << QStringLiteral("warning unknown-key /ptr/nam 1:15 did you mean \"name\"?");
}

void TestJson::goDecodeErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const std::string text = str(input);
    json::Value v;
    json::ParseError error;
    QVERIFY2(json::parse(text, v, error), error.message.c_str());
    Diagnostics diagnostics;
    godecode::Decoder d(text, "doc.json", diagnostics);
    sample::Doc doc;
    sample::decode(d, v, godecode::Path(), doc);
    QStringList got;
    for (const Diagnostic &diag : diagnostics) {
        QCOMPARE(diag.file, std::string("doc.json"));
        QString line = QStringLiteral("%1 %2 %3 %4:%5")
                           .arg(QLatin1String(severityName(diag.severity)), QString::fromStdString(diag.code),
                                QString::fromStdString(diag.inputPointer))
                           .arg(diag.line)
                           .arg(diag.column);
        const auto hint = diag.message.find("did you mean");
        if (hint != std::string::npos)
            line += QLatin1Char(' ') + QString::fromStdString(diag.message.substr(hint, diag.message.find('?', hint) + 1 - hint));
        got << line;
    }
    QCOMPARE(got.join(QLatin1Char('\n')), expected);
    QCOMPARE(d.failed(), expected.contains(QLatin1String("error ")));
}

void TestJson::parseNumbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("int8 max") << QByteArray("127") << 8 << true << true << QByteArray("127");
    QTest::addRow("int8 over") << QByteArray("128") << 8 << true << false << QByteArray();
    QTest::addRow("int8 min") << QByteArray("-128") << 8 << true << true << QByteArray("-128");
    QTest::addRow("int8 under") << QByteArray("-129") << 8 << true << false << QByteArray();
    QTest::addRow("int64 min") << QByteArray("-9223372036854775808") << 64 << true << true
                               << QByteArray("-9223372036854775808");
    QTest::addRow("int64 far over") << QByteArray("99999999999999999999999") << 64 << true << false << QByteArray();
    QTest::addRow("uint8 max") << QByteArray("255") << 8 << false << true << QByteArray("255");
    QTest::addRow("uint8 over") << QByteArray("256") << 8 << false << false << QByteArray();
    QTest::addRow("uint negative zero") << QByteArray("-0") << 64 << false << false << QByteArray();
    QTest::addRow("int negative zero") << QByteArray("-0") << 64 << true << true << QByteArray("0");
    QTest::addRow("fraction") << QByteArray("1.0") << 64 << true << false << QByteArray();
    QTest::addRow("empty") << QByteArray("") << 64 << false << false << QByteArray();
}

void TestJson::parseNumbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(int, bits);
    QFETCH(bool, isSigned);
    QFETCH(bool, ok);
    QFETCH(QByteArray, value);
    if (isSigned) {
        std::int64_t out = 42;
        QCOMPARE(godecode::parseInt(str(literal), bits, out), ok);
        if (ok)
            QCOMPARE(QByteArray::number(static_cast<qlonglong>(out)), value);
    } else {
        std::uint64_t out = 42;
        QCOMPARE(godecode::parseUint(str(literal), bits, out), ok);
        if (ok)
            QCOMPARE(QByteArray::number(static_cast<qulonglong>(out)), value);
    }
}

void TestJson::didYouMean_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("suggestion");
    QTest::addRow("typo") << QByteArray("hostnme") << QByteArray("hostname");
    QTest::addRow("swap") << QByteArray("hsotname") << QByteArray("hostname");
    QTest::addRow("case and typo") << QByteArray("HOSTNAM") << QByteArray("hostname");
    QTest::addRow("short key, one edit") << QByteArray("cwdd") << QByteArray("cwd");
    QTest::addRow("short key, two edits") << QByteArray("cxx") << QByteArray("");
    QTest::addRow("unrelated") << QByteArray("banana") << QByteArray("");
    QTest::addRow("closest wins") << QByteArray("mount") << QByteArray("mounts");
}

void TestJson::didYouMean()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, suggestion);
    const std::vector<std::string_view> known = {"hostname", "cwd", "mounts", "mountLabel", "env"};
    QCOMPARE(bytes(std::string(godecode::didYouMean(str(key), known))), suggestion);
}

void TestJson::pathPointers()
{
    const godecode::Path root("/config");
    const godecode::Path field = root.field("Mounts", "mounts");
    const godecode::Path element = field.index(3);
    const godecode::Path key = element.key("a/b~");
    QCOMPARE(key.pointer(), std::string("/config/Mounts/3/a~1b~0"));
    QCOMPARE(key.targetPointer(), std::string("/config/mounts/3/a~1b~0"));
    QCOMPARE(godecode::Path().pointer(), std::string());
}

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
