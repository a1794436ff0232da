//! The sparse document-by-feature matrix as linfa records.

use linfa::dataset::Records;
use sprs::CsMat;

/// Rows are documents, columns hashed features; CSR, never dense.
#[derive(Debug, Clone)]
pub struct SparseRecords {
    /// The CSR matrix.
    pub matrix: CsMat<f32>,
}

impl SparseRecords {
    /// Wraps a CSR matrix.
    pub fn new(matrix: CsMat<f32>) -> Self {
        Self { matrix }
    }

    /// The rows at `idx`, in that order.
    pub fn select_rows(&self, idx: &[usize]) -> SparseRecords {
        let mut indptr = Vec::with_capacity(idx.len() + 1);
        let mut indices = Vec::new();
        let mut data = Vec::new();
        indptr.push(0);
        for &i in idx {
            let row = self.matrix.outer_view(i).expect("row index in range");
            indices.extend_from_slice(row.indices());
            data.extend_from_slice(row.data());
            indptr.push(indices.len());
        }
        let m = CsMat::new((idx.len(), self.matrix.cols()), indptr, indices, data);
        SparseRecords::new(m)
    }
}

impl Records for SparseRecords {
    type Elem = f32;

    fn nsamples(&self) -> usize {
        self.matrix.rows()
    }

    fn nfeatures(&self) -> usize {
        self.matrix.cols()
    }
}
