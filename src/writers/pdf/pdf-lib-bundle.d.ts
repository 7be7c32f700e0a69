/** The minified ES bundle exports exactly what the package's default entry does. */
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
