#include "schemavalidator.h"

#include "valijsonadapter.h"

#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#ifndef OCISTUDIO_DEFAULT_SCHEMA_DIR
#define OCISTUDIO_DEFAULT_SCHEMA_DIR ""
#endif

namespace oci {

namespace {

bool readFile(const std::string &path, std::string &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

std::string joinPath(const std::string &dir, const std::string &name)
{
    if (dir.empty() || dir.back() == '/')
        return dir + name;
    return dir + '/' + name;
}

// `const NAME = VALUE` in specs-go/version.go.
std::string goConstant(const std::string &source, const std::string &name)
{
    std::size_t at = 0;
    while ((at = source.find(name, at)) != std::string::npos) {
        std::size_t i = at + name.size();
        at = i;
        while (i < source.size() && (source[i] == ' ' || source[i] == '\t'))
            ++i;
        if (i >= source.size() || source[i] != '=')
            continue;
        ++i;
        while (i < source.size() && (source[i] == ' ' || source[i] == '\t'))
            ++i;
        std::size_t end = i;
        if (end < source.size() && source[end] == '"') {
            const std::size_t close = source.find('"', end + 1);
            if (close == std::string::npos)
                return {};
            return source.substr(end + 1, close - end - 1);
        }
        while (end < source.size() && std::isdigit(static_cast<unsigned char>(source[end])))
            ++end;
        return source.substr(i, end - i);
    }
    return {};
}

// The Debian package installs the Go types beside the schema; their
// version.go names the exact runtime-spec version of this snapshot.
bool versionFromGoSources(const std::string &dir, SchemaInfo &info)
{
    std::string source;
    if (!readFile(joinPath(dir, "../specs-go/version.go"), source))
        return false;
    const std::string major = goConstant(source, "VersionMajor");
    const std::string minor = goConstant(source, "VersionMinor");
    const std::string patch = goConstant(source, "VersionPatch");
    if (major.empty() || minor.empty() || patch.empty())
        return false;
    info.version = major + '.' + minor + '.' + patch + goConstant(source, "VersionDev");
    info.versionSource = "specs-go/version.go";
    info.versionIsLowerBound = false;
    return true;
}

// Without the Go sources: the newest runtime-spec feature the schema knows
// gives a lower bound of the version it describes.
void versionFromContent(const std::string &dir, SchemaInfo &info)
{
    std::string linux, top;
    readFile(joinPath(dir, "config-linux.json"), linux);
    readFile(joinPath(dir, "config-schema.json"), top);
    const std::string all = linux + top;
    struct Marker {
        const char *key;
        const char *version;
    };
    static constexpr Marker markers[] = {
        {"\"memoryPolicy\"", "1.3.0"},
        {"\"netDevices\"", "1.2.0"},
        {"\"timeOffsets\"", "1.1.0"},
        {"\"domainname\"", "1.0.2"},
    };
    info.version = "1.0.0";
    for (const auto &m : markers) {
        if (all.find(m.key) != std::string::npos) {
            info.version = m.version;
            break;
        }
    }
    info.versionSource = "schema content";
    info.versionIsLowerBound = true;
}

// valijson's context ("<root>", "[process]", "[rlimits]", "[0]") → a JSON
// Pointer, using the document to tell an array index from a key.
std::string contextToPointer(const std::vector<std::string> &context, const json::Value &document)
{
    std::string pointer;
    const json::Value *at = &document;
    for (std::size_t i = 1; i < context.size(); ++i) {
        std::string token = context[i];
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        json::appendPointerToken(pointer, token);
        if (!at)
            continue;
        if (at->isArray()) {
            char *end = nullptr;
            const unsigned long index = std::strtoul(token.c_str(), &end, 10);
            at = end && *end == '\0' && index < at->size() ? &at->at(index) : nullptr;
        } else if (at->isObject()) {
            at = at->find(token);
        } else {
            at = nullptr;
        }
    }
    return pointer;
}

bool isPrefixOf(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    return a.size() < b.size() && std::equal(a.begin(), a.end(), b.begin());
}

// The failing value in short, so that a finding names it.
std::string shortValue(const json::Value *v)
{
    if (!v)
        return {};
    switch (v->type()) {
    case json::Type::String: {
        std::string s = v->text();
        if (s.size() > 60)
            s = s.substr(0, 57) + "...";
        return '"' + s + '"';
    }
    case json::Type::Number:
        return v->text();
    case json::Type::Bool:
        return v->boolean() ? "true" : "false";
    case json::Type::Null:
        return "null";
    case json::Type::Array:
        return "an array";
    case json::Type::Object:
        return "an object";
    }
    return {};
}

} // namespace

std::string SchemaInfo::describe() const
{
    std::string s = dir;
    if (!version.empty())
        s += " (runtime-spec " + std::string(versionIsLowerBound ? ">= " : "") + version + ")";
    return s;
}

struct SchemaValidator::Impl {
    SchemaInfo info;
    valijson::Schema schema;
    // The parsed schema files, kept for the schema's lifetime.
    std::map<std::string, std::unique_ptr<json::Value>> documents;
};

SchemaValidator::SchemaValidator(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

SchemaValidator::~SchemaValidator() = default;

std::string SchemaValidator::defaultDir()
{
    return OCISTUDIO_DEFAULT_SCHEMA_DIR;
}

const SchemaInfo &SchemaValidator::info() const
{
    return m_impl->info;
}

std::shared_ptr<const SchemaValidator> SchemaValidator::load(const std::string &requestedDir, std::string &error)
{
    std::string dir = requestedDir.empty() ? defaultDir() : requestedDir;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    if (dir.empty()) {
        error = "no runtime-spec schema folder: install golang-github-opencontainers-specs-dev or give --schema-dir";
        return nullptr;
    }

    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const SchemaValidator>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find(dir); it != cache.end())
        return it->second;

    auto impl = std::make_unique<Impl>();
    impl->info.dir = dir;
    if (!versionFromGoSources(dir, impl->info))
        versionFromContent(dir, impl->info);

    std::string loadError;
    // Each $ref names a file of the schema folder ("defs.json#/definitions/x"
    // arrives here as "defs.json"); nothing outside the folder is read.
    auto fetch = [&](const std::string &uri) -> const json::Value * {
        std::string name = uri.substr(0, uri.find('#'));
        const std::size_t slash = name.rfind('/');
        if (slash != std::string::npos)
            name = name.substr(slash + 1);
        if (name.empty() || name == "." || name == "..") {
            loadError = "cannot resolve $ref \"" + uri + "\"";
            return nullptr;
        }
        if (auto it = impl->documents.find(name); it != impl->documents.end())
            return it->second.get();
        const std::string path = joinPath(dir, name);
        std::string text;
        if (!readFile(path, text)) {
            loadError = path + ": cannot be read";
            return nullptr;
        }
        auto doc = std::make_unique<json::Value>();
        json::ParseError perr;
        if (!json::parse(text, *doc, perr)) {
            loadError = path + ':' + std::to_string(perr.location.line) + ':' + std::to_string(perr.location.column)
                + ": " + perr.message;
            return nullptr;
        }
        const json::Value *raw = doc.get();
        impl->documents.emplace(name, std::move(doc));
        return raw;
    };
    const json::Value *root = fetch("config-schema.json");
    if (!root) {
        error = loadError.empty() ? "config-schema.json not found in " + dir : loadError;
        return nullptr;
    }
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        parser.populateSchema(schema::OciJsonAdapter(*root), impl->schema, std::function(fetch),
                              std::function([](const json::Value *) {}));
    } catch (const std::exception &e) {
        error = dir + ": the schema cannot be loaded: " + (loadError.empty() ? std::string(e.what()) : loadError);
        return nullptr;
    }
    std::shared_ptr<const SchemaValidator> loaded(new SchemaValidator(std::move(impl)));
    cache.emplace(dir, loaded);
    return loaded;
}

std::vector<SchemaFinding> SchemaValidator::validate(const json::Value &document) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    validator.validate(m_impl->schema, schema::OciJsonAdapter(document), &results);

    std::vector<valijson::ValidationResults::Error> errors(results.begin(), results.end());
    std::vector<SchemaFinding> findings;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        const auto &e = errors[i];
        // A finding whose place holds a deeper finding only says "something
        // below failed": the deeper one says what.
        const bool wrapper = std::any_of(errors.begin(), errors.end(),
                                         [&](const auto &other) { return isPrefixOf(e.context, other.context); });
        if (wrapper)
            continue;
        SchemaFinding f;
        f.pointer = contextToPointer(e.context, document);
        const std::string value = shortValue(json::resolvePointer(document, f.pointer));
        f.message = value.empty() ? e.description : value + ": " + e.description;
        const bool seen = std::any_of(findings.begin(), findings.end(), [&](const SchemaFinding &g) {
            return g.pointer == f.pointer && g.message == f.message;
        });
        if (!seen)
            findings.push_back(std::move(f));
    }
    return findings;
}

} // namespace oci
