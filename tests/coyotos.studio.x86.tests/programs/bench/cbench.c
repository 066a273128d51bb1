/* The compiled-C benchmark: CRC-32 (table-driven) over 1 MiB, four times, and a quicksort of 200 000
   pseudo-random integers, checked. */
typedef unsigned int u32;

#define MIB (1u << 20)
#define N 200000
static unsigned char buffer[MIB];
static int keys[N];
static u32 table[256];
u32 result[4];

static u32 rng = 2463534242u;
static u32 next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static u32 crc32(const unsigned char *p, u32 n)
{
    u32 c = 0xffffffffu;
    while (n--)
        c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static void quicksort(int *v, int lo, int hi)
{
    while (lo < hi) {
        int p = v[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i <= j) { int t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; }
        else { quicksort(v, i, hi); hi = j; }
    }
}

void test_main(void)
{
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    for (u32 i = 0; i < MIB; i++)
        buffer[i] = (unsigned char) next();
    u32 crc = 0;
    for (int r = 0; r < 4; r++)
        crc ^= crc32(buffer, MIB) + r;
    result[0] = crc;
    for (int i = 0; i < N; i++)
        keys[i] = (int) next();
    quicksort(keys, 0, N - 1);
    int sorted = 1;
    for (int i = 1; i < N; i++)
        if (keys[i - 1] > keys[i]) sorted = 0;
    result[1] = sorted;
    result[2] = keys[N / 2];
}
