[assembly: AssemblyFixture(typeof(MotCua.E2E.LiveApp))]
[assembly: AssemblyFixture(typeof(MotCua.E2E.Browser))]
