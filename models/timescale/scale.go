package timescale

// Scale maps days (T0 to T1) to pixels (X0 to X1).
type Scale struct {
	T0, T1 float64
	X0, X1 float64
}

// X is the pixel of day t.
func (s Scale) X(t float64) float64 {
	return s.X0 + (t-s.T0)*(s.X1-s.X0)/(s.T1-s.T0)
}

// T is the day at pixel x: the inverse of X.
func (s Scale) T(x float64) float64 {
	return s.T0 + (x-s.X0)*(s.T1-s.T0)/(s.X1-s.X0)
}

// PxPerDay is how many pixels one day takes.
func (s Scale) PxPerDay() float64 { return (s.X1 - s.X0) / (s.T1 - s.T0) }
