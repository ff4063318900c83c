#pragma once

// Go's sort.Sort (pattern-defeating quicksort since Go 1.19), step for step:
// it is not stable, so reproducing Docker's order of equal elements (mounts
// of the same depth) needs the same comparisons and swaps in the same order.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>

namespace oci::gosort {

namespace detail {

enum class Hint { Unknown, Increasing, Decreasing };

template<typename Less, typename Swap>
struct Sorter {
    Less less;
    Swap swap;

    void insertionSort(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        for (std::ptrdiff_t i = a + 1; i < b; ++i)
            for (std::ptrdiff_t j = i; j > a && less(j, j - 1); --j)
                swap(j, j - 1);
    }

    void siftDown(std::ptrdiff_t lo, std::ptrdiff_t hi, std::ptrdiff_t first)
    {
        std::ptrdiff_t root = lo;
        while (true) {
            std::ptrdiff_t child = 2 * root + 1;
            if (child >= hi)
                return;
            if (child + 1 < hi && less(first + child, first + child + 1))
                ++child;
            if (!less(first + root, first + child))
                return;
            swap(first + root, first + child);
            root = child;
        }
    }

    void heapSort(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        const std::ptrdiff_t first = a, lo = 0, hi = b - a;
        for (std::ptrdiff_t i = (hi - 1) / 2; i >= 0; --i)
            siftDown(i, hi, first);
        for (std::ptrdiff_t i = hi - 1; i >= 0; --i) {
            swap(first, first + i);
            siftDown(lo, i, first);
        }
    }

    std::pair<std::ptrdiff_t, std::ptrdiff_t> order2(std::ptrdiff_t a, std::ptrdiff_t b, int &swaps)
    {
        if (less(b, a)) {
            ++swaps;
            return {b, a};
        }
        return {a, b};
    }

    std::ptrdiff_t median(std::ptrdiff_t a, std::ptrdiff_t b, std::ptrdiff_t c, int &swaps)
    {
        std::tie(a, b) = order2(a, b, swaps);
        std::tie(b, c) = order2(b, c, swaps);
        std::tie(a, b) = order2(a, b, swaps);
        return b;
    }

    std::pair<std::ptrdiff_t, Hint> choosePivot(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        constexpr std::ptrdiff_t shortestNinther = 50;
        constexpr int maxSwaps = 4 * 3;
        const std::ptrdiff_t l = b - a;
        int swaps = 0;
        std::ptrdiff_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= shortestNinther) {
                i = median(i - 1, i, i + 1, swaps);
                j = median(j - 1, j, j + 1, swaps);
                k = median(k - 1, k, k + 1, swaps);
            }
            j = median(i, j, k, swaps);
        }
        if (swaps == 0)
            return {j, Hint::Increasing};
        if (swaps == maxSwaps)
            return {j, Hint::Decreasing};
        return {j, Hint::Unknown};
    }

    void reverseRange(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        for (std::ptrdiff_t i = a, j = b - 1; i < j; ++i, --j)
            swap(i, j);
    }

    bool partialInsertionSort(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        constexpr int maxSteps = 5;
        constexpr std::ptrdiff_t shortestShifting = 50;
        std::ptrdiff_t i = a + 1;
        for (int step = 0; step < maxSteps; ++step) {
            while (i < b && !less(i, i - 1))
                ++i;
            if (i == b)
                return true;
            if (b - a < shortestShifting)
                return false;
            swap(i, i - 1);
            if (i - a >= 2) {
                for (std::ptrdiff_t j = i - 1; j >= 1; --j) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (std::ptrdiff_t j = i + 1; j < b; ++j) {
                    if (!less(j, j - 1))
                        break;
                    swap(j, j - 1);
                }
            }
        }
        return false;
    }

    void breakPatterns(std::ptrdiff_t a, std::ptrdiff_t b)
    {
        const std::ptrdiff_t length = b - a;
        if (length < 8)
            return;
        std::uint64_t random = static_cast<std::uint64_t>(length);
        const auto modulus = std::uint64_t(1) << std::bit_width(static_cast<std::uint64_t>(length));
        for (std::ptrdiff_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            auto other = static_cast<std::ptrdiff_t>(random & (modulus - 1));
            if (other >= length)
                other -= length;
            swap(idx, a + other);
        }
    }

    std::ptrdiff_t partitionEqual(std::ptrdiff_t a, std::ptrdiff_t b, std::ptrdiff_t pivot)
    {
        swap(a, pivot);
        std::ptrdiff_t i = a + 1, j = b - 1;
        while (true) {
            while (i <= j && !less(a, i))
                ++i;
            while (i <= j && less(a, j))
                --j;
            if (i > j)
                break;
            swap(i, j);
            ++i;
            --j;
        }
        return i;
    }

    std::pair<std::ptrdiff_t, bool> partition(std::ptrdiff_t a, std::ptrdiff_t b, std::ptrdiff_t pivot)
    {
        swap(a, pivot);
        std::ptrdiff_t i = a + 1, j = b - 1;
        while (i <= j && less(i, a))
            ++i;
        while (i <= j && !less(j, a))
            --j;
        if (i > j) {
            swap(j, a);
            return {j, true};
        }
        swap(i, j);
        ++i;
        --j;
        while (true) {
            while (i <= j && less(i, a))
                ++i;
            while (i <= j && !less(j, a))
                --j;
            if (i > j)
                break;
            swap(i, j);
            ++i;
            --j;
        }
        swap(j, a);
        return {j, false};
    }

    void pdqsort(std::ptrdiff_t a, std::ptrdiff_t b, int limit)
    {
        constexpr std::ptrdiff_t maxInsertion = 12;
        bool wasBalanced = true, wasPartitioned = true;
        while (true) {
            const std::ptrdiff_t length = b - a;
            if (length <= maxInsertion) {
                insertionSort(a, b);
                return;
            }
            if (limit == 0) {
                heapSort(a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(a, b);
                --limit;
            }
            auto [pivot, hint] = choosePivot(a, b);
            if (hint == Hint::Decreasing) {
                reverseRange(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if (wasBalanced && wasPartitioned && hint == Hint::Increasing && partialInsertionSort(a, b))
                return;
            if (a > 0 && !less(a - 1, pivot)) {
                a = partitionEqual(a, b, pivot);
                continue;
            }
            const auto [mid, alreadyPartitioned] = partition(a, b, pivot);
            wasPartitioned = alreadyPartitioned;
            const std::ptrdiff_t leftLen = mid - a, rightLen = b - mid;
            const std::ptrdiff_t balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }
};

} // namespace detail

// sort.Sort over n elements given Less(i, j) and Swap(i, j).
template<typename Less, typename Swap>
void sort(std::size_t n, Less less, Swap swap)
{
    if (n <= 1)
        return;
    detail::Sorter<Less, Swap> s{less, swap};
    s.pdqsort(0, static_cast<std::ptrdiff_t>(n), static_cast<int>(std::bit_width(n)));
}

} // namespace oci::gosort
