#pragma once
// An allocator for one asynchronous operation that may wait for hours.
//
// Asio keeps a thread's freed operation blocks and hands the next operation one that fits, which
// may be far bigger than it needs (an HTTP write's block reused by a WebSocket read). For an op
// that completes at once that is free speed; an idle connection's read, though, would pin that
// size for as long as the phone stays quiet. Bound to that read only (boost::asio::bind_allocator),
// this one is not Asio's default allocator type, so the operation is allocated at its own size
// (bench B5 memory).

#include <cstddef>
#include <memory>

namespace bro {

template <class T> struct ExactAllocator
{
    using value_type = T;
    ExactAllocator() noexcept = default;
    template <class U> ExactAllocator(const ExactAllocator<U> &) noexcept {}
    T *allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T *p, std::size_t n) noexcept { std::allocator<T>().deallocate(p, n); }
    template <class U> bool operator==(const ExactAllocator<U> &) const noexcept { return true; }
};

} // namespace bro
