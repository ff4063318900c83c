#pragma once

// The official runtime-spec JSON schema (config-schema.json and the files it
// $refs), loaded from the folder Debian's golang-github-opencontainers-specs-dev
// installs or one the user picks, and applied with valijson. The project
// never keeps a copy of the schema: what judges a document is what is
// installed.

#include "json.h"

#include <memory>
#include <string>
#include <vector>

namespace oci {

struct SchemaInfo {
    std::string dir; // the folder config-schema.json was read from
    // The runtime-spec version the schema describes ("1.0.2-dev"), or empty
    // when it cannot be told.
    std::string version;
    // How the version was told: "specs-go/version.go" (exact) or
    // "schema content" (a lower bound: the newest feature the schema knows).
    std::string versionSource;
    bool versionIsLowerBound = false;

    // "DIR (runtime-spec 1.0.2-dev)", for messages and summaries.
    std::string describe() const;
};

struct SchemaFinding {
    std::string pointer; // JSON Pointer into the validated document
    std::string message;
};

class SchemaValidator
{
public:
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    // The folder found at configure time (OCISTUDIO_SCHEMA_DIR), or empty.
    static std::string defaultDir();

    // Loads config-schema.json from `dir` (empty: defaultDir()), resolving
    // each cross-file $ref against the same folder. Loaded schemas are cached
    // per folder, so repeated validation costs no parsing. nullptr with
    // `error` set when the folder holds no loadable schema.
    static std::shared_ptr<const SchemaValidator> load(const std::string &dir, std::string &error);

    const SchemaInfo &info() const;

    // Every schema violation of `document`, deepest findings only (valijson's
    // "failed to validate property X" wrappers around them are dropped).
    std::vector<SchemaFinding> validate(const json::Value &document) const;

private:
    struct Impl;
    explicit SchemaValidator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace oci
