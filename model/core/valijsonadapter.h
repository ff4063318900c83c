#pragma once

// A valijson adapter over oci::json::Value, internal to schemavalidator.cpp.
//
// Why our own adapter and not valijson's nlohmann one: the runtime-spec
// schema bounds uint64 fields with `"maximum": 18446744073709551615`, and
// valijson reads numbers through int64 (asDouble falls back to getInteger),
// so that maximum becomes -1 and every rlimit of runc's default spec fails.
// Our values keep each number's literal text, so this adapter decides how a
// number is seen: integers that fit int64 are exact integers; integers beyond
// int64 are still integers (type "integer" holds) but valijson compares them
// as doubles. Within the uint64 range that double is the value rounded to
// nearest, which never exceeds the rounded schema maximum; beyond it the
// double is nudged one step away from zero so that it fails the bound the
// Go decoder would also refuse.
//
// Objects may hold duplicate keys (the DOM keeps them): lookups see the last
// one, as JSON Pointer and Go's decoder do; iteration sees them all.

#include "json.h"

#include <valijson/exceptions.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <utility>

namespace oci::schema {

class OciJsonAdapter;
class OciJsonArrayValueIterator;
class OciJsonObjectMemberIterator;

using OciJsonObjectMember = std::pair<std::string, OciJsonAdapter>;

namespace detail {

inline const json::Value &emptyArray()
{
    static const json::Value value(json::Type::Array);
    return value;
}

inline const json::Value &emptyObject()
{
    static const json::Value value(json::Type::Object);
    return value;
}

inline bool isIntegralLiteral(const std::string &literal)
{
    return literal.find_first_of(".eE") == std::string::npos;
}

inline bool fitsInt64(const std::string &literal, std::int64_t &out)
{
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(literal.c_str(), &end, 10);
    if (errno == ERANGE || !end || *end != '\0')
        return false;
    out = v;
    return true;
}

// The double valijson compares an integer literal beyond int64 as.
inline double wideIntegerAsDouble(const std::string &literal)
{
    if (!literal.empty() && literal[0] != '-') {
        errno = 0;
        char *end = nullptr;
        const unsigned long long u = std::strtoull(literal.c_str(), &end, 10);
        if (errno != ERANGE && end && *end == '\0')
            return static_cast<double>(u);
    }
    const double d = std::strtod(literal.c_str(), nullptr);
    return std::nextafter(d, d < 0 ? -std::numeric_limits<double>::infinity()
                                    : std::numeric_limits<double>::infinity());
}

} // namespace detail

class OciJsonArray
{
public:
    using const_iterator = OciJsonArrayValueIterator;
    using iterator = OciJsonArrayValueIterator;

    OciJsonArray()
        : m_value(&detail::emptyArray())
    {
    }
    explicit OciJsonArray(const json::Value &value)
        : m_value(&value)
    {
        if (!value.isArray())
            valijson::throwRuntimeError("Value is not an array.");
    }
    OciJsonArrayValueIterator begin() const;
    OciJsonArrayValueIterator end() const;
    size_t size() const { return m_value->size(); }

private:
    const json::Value *m_value;
};

class OciJsonObject
{
public:
    using const_iterator = OciJsonObjectMemberIterator;
    using iterator = OciJsonObjectMemberIterator;

    OciJsonObject()
        : m_value(&detail::emptyObject())
    {
    }
    explicit OciJsonObject(const json::Value &value)
        : m_value(&value)
    {
        if (!value.isObject())
            valijson::throwRuntimeError("Value is not an object.");
    }
    OciJsonObjectMemberIterator begin() const;
    OciJsonObjectMemberIterator end() const;
    OciJsonObjectMemberIterator find(const std::string &propertyName) const;
    size_t size() const { return m_value->size(); }

private:
    const json::Value *m_value;
};

class OciJsonFrozenValue : public valijson::adapters::FrozenValue
{
public:
    explicit OciJsonFrozenValue(json::Value source)
        : m_value(std::move(source))
    {
    }
    FrozenValue *clone() const override { return new OciJsonFrozenValue(m_value); }
    bool equalTo(const valijson::adapters::Adapter &other, bool strict) const override;

private:
    json::Value m_value;
};

class OciJsonValue
{
public:
    OciJsonValue()
        : m_value(&detail::emptyObject())
    {
    }
    explicit OciJsonValue(const json::Value &value)
        : m_value(&value)
    {
    }

    valijson::adapters::FrozenValue *freeze() const { return new OciJsonFrozenValue(*m_value); }

    opt::optional<OciJsonArray> getArrayOptional() const
    {
        if (m_value->isArray())
            return opt::make_optional(OciJsonArray(*m_value));
        return {};
    }
    bool getArraySize(size_t &result) const
    {
        if (!m_value->isArray())
            return false;
        result = m_value->size();
        return true;
    }
    bool getBool(bool &result) const
    {
        if (!m_value->isBool())
            return false;
        result = m_value->boolean();
        return true;
    }
    bool getDouble(double &result) const
    {
        if (!isDouble())
            return false;
        const std::string &literal = m_value->text();
        result = detail::isIntegralLiteral(literal) ? detail::wideIntegerAsDouble(literal)
                                                    : std::strtod(literal.c_str(), nullptr);
        return true;
    }
    bool getInteger(int64_t &result) const
    {
        if (!m_value->isNumber() || !detail::isIntegralLiteral(m_value->text()))
            return false;
        std::int64_t v = 0;
        if (!detail::fitsInt64(m_value->text(), v))
            return false;
        result = v;
        return true;
    }
    opt::optional<OciJsonObject> getObjectOptional() const
    {
        if (m_value->isObject())
            return opt::make_optional(OciJsonObject(*m_value));
        return {};
    }
    bool getObjectSize(size_t &result) const
    {
        if (!m_value->isObject())
            return false;
        result = m_value->size();
        return true;
    }
    bool getString(std::string &result) const
    {
        if (!m_value->isString())
            return false;
        result = m_value->text();
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_value->isArray(); }
    bool isBool() const { return m_value->isBool(); }
    // Fractions and exponents, and integers too wide for int64 (see above).
    bool isDouble() const
    {
        if (!m_value->isNumber())
            return false;
        std::int64_t ignored = 0;
        return !detail::isIntegralLiteral(m_value->text()) || !detail::fitsInt64(m_value->text(), ignored);
    }
    bool isInteger() const { return m_value->isNumber() && detail::isIntegralLiteral(m_value->text()); }
    bool isNull() const { return m_value->isNull(); }
    bool isNumber() const { return m_value->isNumber(); }
    bool isObject() const { return m_value->isObject(); }
    bool isString() const { return m_value->isString(); }

private:
    const json::Value *m_value;
};

class OciJsonAdapter
    : public valijson::adapters::BasicAdapter<OciJsonAdapter, OciJsonArray, OciJsonObjectMember, OciJsonObject,
                                              OciJsonValue>
{
public:
    OciJsonAdapter()
        : BasicAdapter()
    {
    }
    explicit OciJsonAdapter(const json::Value &value)
        : BasicAdapter(OciJsonValue(value))
    {
    }
};

class OciJsonArrayValueIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = OciJsonAdapter;
    using difference_type = OciJsonAdapter;
    using pointer = OciJsonAdapter *;
    using reference = OciJsonAdapter &;

    OciJsonArrayValueIterator(const json::Value *array, std::size_t index)
        : m_array(array)
        , m_index(index)
    {
    }
    OciJsonAdapter operator*() const { return OciJsonAdapter(m_array->at(m_index)); }
    valijson::adapters::DerefProxy<OciJsonAdapter> operator->() const
    {
        return valijson::adapters::DerefProxy<OciJsonAdapter>(**this);
    }
    bool operator==(const OciJsonArrayValueIterator &other) const { return m_index == other.m_index; }
    bool operator!=(const OciJsonArrayValueIterator &other) const { return m_index != other.m_index; }
    const OciJsonArrayValueIterator &operator++()
    {
        ++m_index;
        return *this;
    }
    OciJsonArrayValueIterator operator++(int)
    {
        OciJsonArrayValueIterator before(*this);
        ++m_index;
        return before;
    }
    const OciJsonArrayValueIterator &operator--()
    {
        --m_index;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_index = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(m_index) + n); }

private:
    const json::Value *m_array;
    std::size_t m_index;
};

class OciJsonObjectMemberIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = OciJsonObjectMember;
    using difference_type = OciJsonObjectMember;
    using pointer = OciJsonObjectMember *;
    using reference = OciJsonObjectMember &;

    OciJsonObjectMemberIterator(const json::Value *object, std::size_t index)
        : m_object(object)
        , m_index(index)
    {
    }
    OciJsonObjectMember operator*() const
    {
        return OciJsonObjectMember(m_object->key(m_index), OciJsonAdapter(m_object->at(m_index)));
    }
    valijson::adapters::DerefProxy<OciJsonObjectMember> operator->() const
    {
        return valijson::adapters::DerefProxy<OciJsonObjectMember>(**this);
    }
    bool operator==(const OciJsonObjectMemberIterator &other) const { return m_index == other.m_index; }
    bool operator!=(const OciJsonObjectMemberIterator &other) const { return m_index != other.m_index; }
    const OciJsonObjectMemberIterator &operator++()
    {
        ++m_index;
        return *this;
    }
    OciJsonObjectMemberIterator operator++(int)
    {
        OciJsonObjectMemberIterator before(*this);
        ++m_index;
        return before;
    }
    const OciJsonObjectMemberIterator &operator--()
    {
        --m_index;
        return *this;
    }

private:
    const json::Value *m_object;
    std::size_t m_index;
};

inline bool OciJsonFrozenValue::equalTo(const valijson::adapters::Adapter &other, bool strict) const
{
    return OciJsonAdapter(m_value).equalTo(other, strict);
}

inline OciJsonArrayValueIterator OciJsonArray::begin() const
{
    return {m_value, 0};
}

inline OciJsonArrayValueIterator OciJsonArray::end() const
{
    return {m_value, m_value->size()};
}

inline OciJsonObjectMemberIterator OciJsonObject::begin() const
{
    return {m_value, 0};
}

inline OciJsonObjectMemberIterator OciJsonObject::end() const
{
    return {m_value, m_value->size()};
}

inline OciJsonObjectMemberIterator OciJsonObject::find(const std::string &propertyName) const
{
    for (std::size_t i = m_value->size(); i > 0; --i)
        if (m_value->key(i - 1) == propertyName)
            return {m_value, i - 1};
    return end();
}

} // namespace oci::schema

template<>
struct valijson::adapters::AdapterTraits<oci::schema::OciJsonAdapter> {
    using DocumentType = oci::json::Value;
    static std::string adapterName() { return "OciJsonAdapter"; }
};
