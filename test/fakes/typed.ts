/**
 * Typed views of a real API over a fake's classes. A fake class `implements View<Real, Keys,
 * Twins>`: for each member in `Keys` (what the product calls), the real member's type with every
 * real class in it replaced by its fake twin (`Twins` pairs them), so that the compiler checks
 * the fake against the real declarations (@types/office-js, @types/google-apps-script):
 * a missing member, a method where the real one is a property, a parameter the fake would refuse
 * that the real API accepts (parameters are compared strictly, every overload), or a result that
 * is not the fake of the real result, fails to compile.
 */

/** True when A and B are the same type (not merely assignable either way). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The fake twin of T in the table W (`{ Name: [Real, Fake] }`), or never. */
type TwinOf<T, W> = {
  [K in keyof W]: W[K] extends readonly [infer R, infer F]
    ? Same<T, R> extends true
      ? F
      : never
    : never;
}[keyof W];

/**
 * A function type with its arguments and result swapped. As a function type (not a method), it
 * is compared with strict variance: the fake must accept every argument the real API accepts.
 */
type Fn<A extends unknown[], R, W> = (...args: { [I in keyof A]: Swap<A[I], W> }) => Swap<R, W>;

type SwapOne<T, W> = [TwinOf<T, W>] extends [never]
  ? T extends (...args: infer A) => infer R
    ? Fn<A, R, W>
    : T extends readonly (infer E)[]
      ? Swap<E, W>[]
      : T extends Promise<infer P>
        ? Promise<Swap<P, W>>
        : T
  : TwinOf<T, W>;

/** T with every real class in it (in unions, arrays, promises, callbacks) replaced by its fake. */
export type Swap<T, W> = T extends unknown ? SwapOne<T, W> : never;

/**
 * Every overload of a method (up to four; a method with fewer repeats its first), swapped. The
 * fake's one implementation must be assignable to each.
 */
type Overloads<M, W> = M extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
}
  ? Fn<A1, R1, W> & Fn<A2, R2, W> & Fn<A3, R3, W> & Fn<A4, R4, W>
  : never;

type Member<M, W> = 0 extends 1 & M
  ? M // any stays any (Range.values is any[][]; its elements are any)
  : [M] extends [(...args: never[]) => unknown]
    ? Overloads<M, W>
    : Swap<M, W>;

/** What a fake of `Real` must provide for the members `Keys`, in the fakes of table `W`. */
export type View<Real, Keys extends keyof Real, W> = { [P in Keys]: Member<Real[P], W> };

/** Member names of each real class the product uses: `{ Range: ['values', …] }`. */
export type Surface<W> = {
  readonly [K in keyof W]: readonly (W[K] extends readonly [infer R, unknown] ? keyof R : never)[];
};

/** The view of the twin named `K` in table `W`, for the members its surface `S[K]` lists. */
export type TwinView<W, S extends Surface<W>, K extends keyof W & keyof S> = W[K] extends readonly [
  infer R,
  unknown,
]
  ? View<R, S[K][number] & keyof R, W>
  : never;
