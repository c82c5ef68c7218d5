/** A static page with a form and no SQL, like Målbar's /login: the floor of a page that reads nothing. */
export default function FloorLogin() {
  return (
    <main>
      <h1>Log in</h1>
      <form method="post" action="/login">
        <label>
          E-mail <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Log in</button>
      </form>
    </main>
  );
}
