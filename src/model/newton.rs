//! The solver behind [`super::BinaryLogistic`]'s fit: a truncated Newton
//! method for weighted L2-regularized logistic regression on sparse rows, as
//! LIBLINEAR's primal solver (Galli & Lin, "A study on truncated Newton
//! methods for linear classification", 2021; LIBLINEAR's `newton.cpp`).
//!
//! Why not argmin (still used by the tests as the reference): its L-BFGS
//! needed about 3.5 passes over the data per iteration (Moré–Thuente trials
//! each evaluate cost and gradient) and a hundred or more iterations at
//! `C = 16`; its Newton-CG applies the Hessian twice per CG step, has no
//! preconditioner, and its line search evaluates the whole objective per
//! trial. Here a Newton step costs two passes per CG step (`X v`, then
//! `Xᵀ D X v`), one pass for the gradient (fused with the diagonal
//! preconditioner) and one for `X s`, after which every line-search trial is
//! O(rows) on cached margins. On the default model's folds that is 3–4 times
//! fewer passes for a lower objective than L-BFGS reached.
//!
//! Every sum runs in a fixed order (row sums row-parallel, column sums
//! column-parallel from a CSC copy, vector sums sequential), so the result is
//! the same whatever the number of threads.

use rayon::prelude::*;
#[cfg(test)]
use sprs::CsMat;

/// The design matrix in both orientations, with `u32` indices (half the
/// memory traffic of `usize`): rows for `X v`, columns for `Xᵀ u`.
pub(crate) struct Design {
    rows: usize,
    cols: usize,
    row_ptr: Vec<usize>,
    row_idx: Vec<u32>,
    row_val: Vec<f32>,
    col_ptr: Vec<usize>,
    col_idx: Vec<u32>,
    col_val: Vec<f32>,
}

impl Design {
    /// Both orientations of a CSR matrix.
    #[cfg(test)]
    pub(crate) fn new(x: &CsMat<f32>) -> Self {
        Self::from_rows(
            x.cols(),
            x.indptr().to_proper().to_vec(),
            x.indices().iter().map(|&j| j as u32).collect(),
            x.data().to_vec(),
        )
    }

    /// Both orientations of CSR arrays (`row_ptr` of length rows + 1);
    /// within a row the columns may come in any order.
    pub(crate) fn from_rows(
        cols: usize,
        row_ptr: Vec<usize>,
        row_idx: Vec<u32>,
        row_val: Vec<f32>,
    ) -> Self {
        let rows = row_ptr.len() - 1;
        // Counting sort of the entries by column keeps rows ascending per column.
        let mut col_ptr = vec![0usize; cols + 1];
        for &j in &row_idx {
            col_ptr[j as usize + 1] += 1;
        }
        for j in 0..cols {
            col_ptr[j + 1] += col_ptr[j];
        }
        let mut next = col_ptr.clone();
        let mut col_idx = vec![0u32; row_idx.len()];
        let mut col_val = vec![0f32; row_idx.len()];
        for i in 0..rows {
            for k in row_ptr[i]..row_ptr[i + 1] {
                let j = row_idx[k] as usize;
                col_idx[next[j]] = i as u32;
                col_val[next[j]] = row_val[k];
                next[j] += 1;
            }
        }
        Self {
            rows,
            cols,
            row_ptr,
            row_idx,
            row_val,
            col_ptr,
            col_idx,
            col_val,
        }
    }

    /// `out = X w + b`.
    fn times(&self, w: &[f64], b: f64, out: &mut [f64]) {
        out.par_iter_mut()
            .with_min_len(256)
            .enumerate()
            .for_each(|(i, o)| {
                let (lo, hi) = (self.row_ptr[i], self.row_ptr[i + 1]);
                *o = sparse_dot(&self.row_idx[lo..hi], &self.row_val[lo..hi], w) + b;
            });
    }

    /// `out[..cols] = Xᵀ u + l2 v`.
    fn times_transposed(&self, u: &[f64], l2: f64, v: &[f64], out: &mut [f64]) {
        out[..self.cols]
            .par_iter_mut()
            .with_min_len(1024)
            .enumerate()
            .for_each(|(j, o)| {
                let (lo, hi) = (self.col_ptr[j], self.col_ptr[j + 1]);
                *o = sparse_dot(&self.col_idx[lo..hi], &self.col_val[lo..hi], u) + l2 * v[j];
            });
    }

    /// One pass over the columns: the gradient `Xᵀ r + l2 w` into `g` and the
    /// Hessian's diagonal `Σᵢ Dᵢ xᵢⱼ² + l2` into `m`.
    fn gradient_and_diagonal(
        &self,
        r: &[f64],
        dd: &[f64],
        l2: f64,
        w: &[f64],
        g: &mut [f64],
        m: &mut [f64],
    ) {
        g[..self.cols]
            .par_iter_mut()
            .zip(m[..self.cols].par_iter_mut())
            .with_min_len(1024)
            .enumerate()
            .for_each(|(j, (gj, mj))| {
                let (lo, hi) = (self.col_ptr[j], self.col_ptr[j + 1]);
                let (mut s, mut q) = (0.0, 0.0);
                for (&i, &x) in self.col_idx[lo..hi].iter().zip(&self.col_val[lo..hi]) {
                    let x = x as f64;
                    s += r[i as usize] * x;
                    q += dd[i as usize] * x * x;
                }
                *gj = s + l2 * w[j];
                *mj = q + l2;
            });
    }
}

/// `Σ v[idx[k]] · val[k]` with four accumulators: the additions no longer
/// wait on each other, which made the row pass 40 % faster.
#[inline]
fn sparse_dot(idx: &[u32], val: &[f32], v: &[f64]) -> f64 {
    let mut acc = [0.0f64; 4];
    let mut ic = idx.chunks_exact(4);
    let mut vc = val.chunks_exact(4);
    for (i, x) in (&mut ic).zip(&mut vc) {
        for l in 0..4 {
            acc[l] += v[i[l] as usize] * x[l] as f64;
        }
    }
    let mut tail = 0.0;
    for (&i, &x) in ic.remainder().iter().zip(vc.remainder()) {
        tail += v[i as usize] * x as f64;
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// `ln(1 + e^t)` without overflow.
pub(crate) fn softplus(t: f64) -> f64 {
    t.max(0.0) + (-t.abs()).exp().ln_1p()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// `f(w, b) = Σᵢ cᵢ ln(1 + exp(-yᵢ (xᵢ·w + b))) + l2/2 ‖w‖²`: the bias is
/// not penalized. Parameters are `[w.., b]`.
pub(crate) struct Objective<'a> {
    /// The rows `xᵢ`.
    pub x: &'a Design,
    /// ±1 targets.
    pub y: &'a [f64],
    /// Sample weights.
    pub c: &'a [f64],
    /// Penalty on ‖w‖² / 2.
    pub l2: f64,
}

/// When to stop.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tolerance {
    /// Stop once ‖∇f‖ ≤ `relative` · ‖∇f(0)‖ (the gradient at zero, so a
    /// warm start does not tighten or loosen the target).
    pub relative: f64,
    /// Newton iteration cap.
    pub max_iter: u64,
}

/// How a minimization ended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Outcome {
    /// Whether the gradient tolerance was met.
    pub converged: bool,
    /// Newton iterations.
    pub iterations: u64,
    /// Conjugate-gradient steps over all iterations.
    pub cg_steps: u64,
    /// Passes over the data (each `X v` or `Xᵀ u` counts one).
    pub passes: u64,
    /// The objective at the end.
    pub value: f64,
}

/// The state at the current point: margins, gradient, preconditioner, curvature.
struct Point {
    z: Vec<f64>,
    f: f64,
    g: Vec<f64>,
    m: Vec<f64>,
    dd: Vec<f64>,
}

impl Objective<'_> {
    fn penalty(&self, w: &[f64]) -> f64 {
        let w = &w[..self.x.cols];
        0.5 * self.l2 * dot(w, w)
    }

    /// Value, gradient, Hessian diagonal and curvatures `Dᵢ` at `w` with margins `z`.
    fn point(&self, w: &[f64], z: Vec<f64>) -> Point {
        let (n, d) = (self.x.rows, self.x.cols);
        let mut r = vec![0.0; n];
        let mut dd = vec![0.0; n];
        let mut loss = 0.0;
        for i in 0..n {
            let s = sigmoid(self.y[i] * z[i]);
            loss += self.c[i] * softplus(-self.y[i] * z[i]);
            r[i] = -self.c[i] * self.y[i] * (1.0 - s);
            dd[i] = self.c[i] * s * (1.0 - s);
        }
        let mut g = vec![0.0; d + 1];
        let mut m = vec![0.0; d + 1];
        self.x
            .gradient_and_diagonal(&r, &dd, self.l2, w, &mut g, &mut m);
        g[d] = r.iter().sum();
        m[d] = dd.iter().sum();
        Point {
            f: loss + self.penalty(w),
            z,
            g,
            m,
            dd,
        }
    }

    /// `out = H v` with `H = Xᵀ D X + l2 I` (no penalty on the bias); `tmp`
    /// holds `X v`.
    fn hessian_times(&self, dd: &[f64], v: &[f64], tmp: &mut [f64], out: &mut [f64]) {
        let d = self.x.cols;
        self.x.times(&v[..d], v[d], tmp);
        tmp.iter_mut().zip(dd).for_each(|(t, di)| *t *= di);
        let mut vw = v.to_vec();
        vw[d] = 0.0;
        self.x.times_transposed(tmp, self.l2, &vw, out);
        out[d] = tmp.iter().sum();
    }

    /// Minimizes from `w` (zeros, or a warm start such as the solution for
    /// a smaller `C`), in place.
    pub(crate) fn minimize(&self, w: &mut [f64], tol: Tolerance) -> Outcome {
        let (n, d) = (self.x.rows, self.x.cols);
        let g0 = self.point(&vec![0.0; d + 1], vec![0.0; n]).g;
        let target = tol.relative * dot(&g0, &g0).sqrt();
        let mut z = vec![0.0; n];
        self.x.times(&w[..d], w[d], &mut z);
        let mut p = self.point(w, z);
        let mut out = Outcome {
            converged: false,
            iterations: 0,
            cg_steps: 0,
            passes: 3,
            value: p.f,
        };
        while out.iterations < tol.max_iter {
            if dot(&p.g, &p.g).sqrt() <= target {
                out.converged = true;
                break;
            }
            out.iterations += 1;
            let s = self.newton_direction(&p, &mut out);
            let before = p.f;
            let Some(next) = self.line_search(w, &s, &p) else {
                tracing::warn!("Newton line search failed to decrease the objective");
                break;
            };
            out.passes += 2;
            p = next;
            if (before - p.f).abs() <= 1e-12 * p.f.abs() {
                out.converged = dot(&p.g, &p.g).sqrt() <= target;
                break;
            }
        }
        out.value = p.f;
        out
    }

    /// Preconditioned conjugate gradients on `H s = -g`, stopped when the
    /// quadratic model's relative decrease flattens (LIBLINEAR's rule).
    fn newton_direction(&self, p: &Point, out: &mut Outcome) -> Vec<f64> {
        const EPS_CG: f64 = 0.5;
        const ALPHA_PCG: f64 = 0.01;
        let nv = p.g.len();
        // Diagonal preconditioner, mixed with the penalty's identity.
        let m: Vec<f64> =
            p.m.iter()
                .map(|&h| (1.0 - ALPHA_PCG) * self.l2 + ALPHA_PCG * h)
                .collect();
        let mut s = vec![0.0; nv];
        let mut r: Vec<f64> = p.g.iter().map(|g| -g).collect();
        let mut zv: Vec<f64> = r.iter().zip(&m).map(|(r, m)| r / m).collect();
        let mut dir = zv.clone();
        let mut hd = vec![0.0; nv];
        let mut tmp = vec![0.0; self.x.rows];
        let mut ztr = dot(&zv, &r);
        let cg_tol = EPS_CG.min(ztr.sqrt().sqrt());
        let mut q = 0.0;
        for step in 1..=nv.max(5) {
            out.cg_steps += 1;
            out.passes += 2;
            self.hessian_times(&p.dd, &dir, &mut tmp, &mut hd);
            let dhd = dot(&dir, &hd);
            if dhd <= 1e-300 {
                break;
            }
            let alpha = ztr / dhd;
            for k in 0..nv {
                s[k] += alpha * dir[k];
                r[k] -= alpha * hd[k];
            }
            let new_q = -0.5 * (dot(&s, &r) - dot(&s, &p.g));
            let q_diff = new_q - q;
            if new_q > 0.0 || q_diff > 0.0 || step as f64 * q_diff >= cg_tol * new_q {
                break;
            }
            q = new_q;
            zv.iter_mut()
                .zip(&r)
                .zip(&m)
                .for_each(|((z, r), m)| *z = r / m);
            let zn = dot(&zv, &r);
            let beta = zn / ztr;
            dir.iter_mut()
                .zip(&zv)
                .for_each(|(d, z)| *d = z + beta * *d);
            ztr = zn;
        }
        s
    }

    /// Backtracking (Armijo) along `s` from step 1: `X s` is computed once,
    /// so each trial costs O(rows). Moves `w` and returns the new point.
    fn line_search(&self, w: &mut [f64], s: &[f64], p: &Point) -> Option<Point> {
        const ETA: f64 = 0.01;
        let (n, d) = (self.x.rows, self.x.cols);
        let mut xs = vec![0.0; n];
        self.x.times(&s[..d], s[d], &mut xs);
        let (sts, wts, wtw) = (
            dot(&s[..d], &s[..d]),
            dot(&w[..d], &s[..d]),
            dot(&w[..d], &w[..d]),
        );
        let gts = dot(&p.g, s);
        let mut step = 1.0;
        for _ in 0..20 {
            let loss: f64 = (0..n)
                .map(|i| self.c[i] * softplus(-self.y[i] * (p.z[i] + step * xs[i])))
                .sum();
            let f = loss + 0.5 * self.l2 * (wtw + 2.0 * step * wts + step * step * sts);
            if f - p.f <= ETA * step * gts {
                w.iter_mut().zip(s).for_each(|(w, s)| *w += step * s);
                let mut z = p.z.clone();
                z.iter_mut().zip(&xs).for_each(|(z, x)| *z += step * x);
                return Some(self.point(w, z));
            }
            step *= 0.5;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small random-ish sparse problem: 60 rows, 25 columns.
    fn problem() -> (CsMat<f32>, Vec<f64>, Vec<f64>) {
        let mut tri = sprs::TriMat::new((60, 25));
        let mut state = 12345u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as f64 / (1u64 << 31) as f64
        };
        let mut y = Vec::new();
        for i in 0..60 {
            let mut margin = 0.0;
            for j in 0..25 {
                if next() < 0.2 {
                    let v = next() as f32;
                    tri.add_triplet(i, j, v);
                    margin += if j % 3 == 0 {
                        v as f64
                    } else {
                        -0.3 * v as f64
                    };
                }
            }
            y.push(if margin + 0.3 * (next() - 0.5) > 0.0 {
                1.0
            } else {
                -1.0
            });
        }
        let c = (0..60)
            .map(|i| if i % 4 == 0 { 0.03 } else { 0.01 })
            .collect();
        (tri.to_csr(), y, c)
    }

    #[test]
    fn gradient_and_hessian_match_finite_differences() {
        let (x, y, c) = problem();
        let design = Design::new(&x);
        let obj = Objective {
            x: &design,
            y: &y,
            c: &c,
            l2: 0.05,
        };
        let w: Vec<f64> = (0..26)
            .map(|j| ((j * 7 % 11) as f64 - 5.0) / 10.0)
            .collect();
        let at = |w: &[f64]| {
            let mut z = vec![0.0; 60];
            design.times(&w[..25], w[25], &mut z);
            obj.point(w, z)
        };
        let p = at(&w);
        let h = 1e-6;
        let mut v = vec![0.0; 26];
        let mut tmp = vec![0.0; 60];
        for j in [0, 3, 17, 24, 25] {
            let mut wp = w.clone();
            wp[j] += h;
            let mut wm = w.clone();
            wm[j] -= h;
            let (fp, fm) = (at(&wp), at(&wm));
            let numeric = (fp.f - fm.f) / (2.0 * h);
            assert!(
                (numeric - p.g[j]).abs() < 1e-7,
                "gradient {j}: {numeric} vs {}",
                p.g[j]
            );
            // Column j of the Hessian against the difference of gradients.
            v.iter_mut().for_each(|x| *x = 0.0);
            v[j] = 1.0;
            let mut hv = vec![0.0; 26];
            obj.hessian_times(&p.dd, &v, &mut tmp, &mut hv);
            for (k, (hk, (a, b))) in hv.iter().zip(fp.g.iter().zip(&fm.g)).enumerate() {
                let numeric = (a - b) / (2.0 * h);
                assert!(
                    (numeric - hk).abs() < 1e-6,
                    "H[{k}][{j}]: {numeric} vs {hk}"
                );
            }
            assert!((hv[j] - p.m[j]).abs() < 1e-12, "diagonal {j}");
        }
    }

    #[test]
    fn converges_and_a_warm_start_reaches_the_same_optimum() {
        let (x, y, c) = problem();
        let design = Design::new(&x);
        let tight = Tolerance {
            relative: 1e-10,
            max_iter: 100,
        };
        let cold = Objective {
            x: &design,
            y: &y,
            c: &c,
            l2: 0.01,
        };
        let mut w = vec![0.0; 26];
        let out = cold.minimize(&mut w, tight);
        assert!(out.converged, "{out:?}");
        let mut warm = vec![0.0; 26];
        Objective { l2: 0.1, ..cold }.minimize(&mut warm, tight);
        cold.minimize(&mut warm, tight);
        for (a, b) in w.iter().zip(&warm) {
            assert!((a - b).abs() < 1e-6, "{a} vs {b}");
        }
    }
}
