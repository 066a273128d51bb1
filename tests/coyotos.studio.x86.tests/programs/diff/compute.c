/* What compiled C brings beyond the basics: 64-bit arithmetic (libgcc's division helpers), switch jump
   tables, bit manipulation builtins, function pointers, structure copies, recursion, mixed-width and
   signed/unsigned conversions, and string routines. */
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;

u32 results[64];
static int slot;
static void put(u32 v) { results[slot++] = v; }
static void put64(u64 v) { put((u32) v); put((u32) (v >> 32)); }

struct point { int x, y; short tag; char name[10]; };

static int classify(int v)
{
    switch (v) {
    case 0: return 11;
    case 1: return 23;
    case 2: return 37;
    case 3: return 41;
    case 4: return 53;
    case 5: return 67;
    case 6: return 71;
    case 7: return 89;
    default: return -1;
    }
}

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int twice(int v) { return 2 * v; }
static int square(int v) { return v * v; }
static int (*const ops[])(int) = { twice, square };

static u32 my_strlen(const char *s) { u32 n = 0; while (s[n]) n++; return n; }
static void my_memcpy(void *d, const void *s, u32 n)
{
    char *dp = d; const char *sp = s;
    while (n--) *dp++ = *sp++;
}
static int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char) *a - (unsigned char) *b;
}

volatile u64 big = 0x123456789abcdef0ull;
volatile s64 neg = -987654321012345ll;
volatile u32 small = 12345;
volatile int shift = 37;

void test_main(void)
{
    u64 x = big;
    s64 y = neg;
    put64(x / small);
    put64(x % small);
    put64((u64) y / 7);
    put64(y / 7);
    put64(y % 1000003);
    put64(x * 0x9e3779b97f4a7c15ull);
    put64(x >> (shift & 63));
    put64((u64) y << (shift & 63));
    put64((u64) (y >> 20));
    put64(x / (u64) y);
    put(x > (u64) y);
    put(y < -5);

    for (int i = -2; i < 10; i++) put(classify(i));
    put(fib(20));
    put(ops[0](21) + ops[1](12));

    u32 v = 0x00f0a000;
    put(__builtin_popcount(v));
    put(__builtin_clz(v));
    put(__builtin_ctz(v));
    put(__builtin_bswap32(v));
    put((v << 7) | (v >> 25));
    put64(__builtin_bswap64(x));

    struct point p = { -3, 7, -2, "abcdefghi" }, q;
    q = p;
    q.x += q.y;
    put(q.x);
    put((u32) q.tag);
    put(my_strlen(q.name));
    char buf[32];
    my_memcpy(buf, "interpreter", 12);
    put(my_strcmp(buf, "interpreted"));
    put(my_strcmp(buf, "interpreter"));

    signed char sc = (signed char) small;
    unsigned char uc = (unsigned char) small;
    short ss = (short) (small * 7);
    put((u32) sc);
    put(uc);
    put((u32) ss);
    put((u32) (int) (small * 1000003u) >> 3);
    put((u32) ((int) (small * 1000003u) >> 3));
}
