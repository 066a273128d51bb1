/* Quicksort, heapsort and insertion sort of pseudo-random signed and unsigned keys, a binary search over the
   result, and a checksum of each sorted array. */
typedef unsigned int u32;

#define N 3000
static int a[N], b[N];
static unsigned short c[N];
u32 results[16];

static u32 rng = 88172645;
static u32 next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void quicksort(int *v, int lo, int hi)
{
    while (lo < hi) {
        int p = v[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i <= j) { int t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; }
        else { quicksort(v, i, hi); hi = j; }
    }
}

static void sift(int *v, int root, int n)
{
    for (;;) {
        int child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && (unsigned) v[child] < (unsigned) v[child + 1]) child++;
        if ((unsigned) v[root] >= (unsigned) v[child]) return;
        int t = v[root]; v[root] = v[child]; v[child] = t;
        root = child;
    }
}

static void heapsort(int *v, int n)
{
    for (int i = n / 2 - 1; i >= 0; i--) sift(v, i, n);
    for (int i = n - 1; i > 0; i--) {
        int t = v[0]; v[0] = v[i]; v[i] = t;
        sift(v, 0, i);
    }
}

static void insertion(unsigned short *v, int n)
{
    for (int i = 1; i < n; i++) {
        unsigned short k = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > k) { v[j + 1] = v[j]; j--; }
        v[j + 1] = k;
    }
}

static int search(const int *v, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid] == key) return mid;
        if (v[mid] < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

static u32 sum(const int *v, int n)
{
    u32 h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + (u32) v[i];
    return h;
}

void test_main(void)
{
    for (int i = 0; i < N; i++) {
        a[i] = (int) next();
        b[i] = (int) next();
        c[i] = (unsigned short) next();
    }
    quicksort(a, 0, N - 1);
    heapsort(b, N);
    insertion(c, N);
    int sorted = 1;
    for (int i = 1; i < N; i++) {
        if (a[i - 1] > a[i]) sorted = 0;
        if ((unsigned) b[i - 1] > (unsigned) b[i]) sorted = 0;
        if (c[i - 1] > c[i]) sorted = 0;
    }
    results[0] = sorted;
    results[1] = sum(a, N);
    results[2] = sum(b, N);
    results[3] = search(a, N, a[1234]);
    results[4] = search(a, N, 17);
    results[5] = c[0] | (u32) c[N - 1] << 16;
}
