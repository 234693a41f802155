// The extension ships React's production build; measure that one (import before React).
process.env.NODE_ENV = 'production';
