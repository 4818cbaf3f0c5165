namespace Dateline.Eval.Coreference;

/// <summary>The maximum-weight one-to-one assignment of a rectangular matrix (Hungarian algorithm, O(n³)), for CEAF.</summary>
public static class Assignment
{
    /// <summary>The largest sum of weights with at most one cell per row and per column.</summary>
    public static double MaxWeight(double[,] weights)
    {
        int rows = weights.GetLength(0), cols = weights.GetLength(1);
        if (rows == 0 || cols == 0) return 0;
        int n = Math.Max(rows, cols);
        double max = 0;
        foreach (var w in weights) max = Math.Max(max, w);
        // Minimise cost = max − weight on a square matrix padded with cost max (weight 0).
        var cost = new double[n + 1, n + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= n; j++)
                cost[i, j] = i <= rows && j <= cols ? max - weights[i - 1, j - 1] : max;
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            var minv = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    double cur = cost[i0, j] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= n; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do
            {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++)
            if (p[j] >= 1 && p[j] <= rows && j <= cols) total += weights[p[j] - 1, j - 1];
        return total;
    }
}
